import { describe, expect, it } from 'vitest';
import { connectionError } from '../../src/docker/engine/errors.js';

// The transport errors Node raises, mapped without touching the network.
describe('connectionError', () => {
  it.each([
    [{ code: 'ENOENT' }, 'daemon-unreachable', /at unix:\/\/\/x.sock \(ENOENT\)/, /Is the daemon running/],
    [{ code: 'ECONNREFUSED' }, 'daemon-unreachable', /\(ECONNREFUSED\)/, /Is the daemon running/],
    [{ code: 'ENOTFOUND', hostname: 'dockr.example' }, 'daemon-unreachable', /the host name 'dockr.example' does not resolve/, /spelling of the host/],
    [{ code: 'EACCES' }, 'daemon-permission', /Permission denied/, /docker group/],
    [{ code: 'EPROTO', message: 'write EPROTO 80:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:x.c:350:' }, 'daemon-tls', /failed: wrong version number$/, /DOCKER_CERT_PATH/],
    [{ code: 'daemon-timeout' }, 'daemon-timeout', /did not answer in time/, /Is the daemon running/],
  ])('%o', (raw, kind, message, hint) => {
    const error = connectionError(Object.assign(new Error(raw.message ?? raw.code), raw), 'unix:///x.sock');
    expect(error?.kind).toBe(kind);
    expect(error?.message).toMatch(message);
    expect(error?.hint).toMatch(hint);
  });

  it('leaves errors that are not about the connection to the caller', () => {
    expect(connectionError(Object.assign(new Error('no such image'), { statusCode: 404 }), 'unix:///x.sock')).toBeUndefined();
  });
});
