import { expect, it } from 'vitest';
import { CLIENT_API_VERSION, connect, lowerVersion } from '../../../src/docker/engine/connect.js';
import { startTrace, takeTrace } from '../../../src/docker/engine/trace.js';
import { describeDocker } from '../../helpers/docker.js';

describeDocker('connect', () => {
  it('agrees on an API version with one GET /_ping, and asks /version only when told to', async () => {
    startTrace();
    takeTrace();
    const connection = await connect({ timeoutMs: 10_000 });
    expect(takeTrace()).toEqual([{ method: 'GET', path: '/_ping', status: 200 }]);
    const daemon = await connection.daemonVersion();
    expect(takeTrace()).toEqual([{ method: 'GET', path: '/version', status: 200 }]);
    expect(connection.apiVersion).toBe(lowerVersion(CLIENT_API_VERSION, daemon.ApiVersion));
    expect((connection.docker.modem as unknown as { version: string }).version).toBe(`v${connection.apiVersion}`);
  });
}, []);
