import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/docker/command-line/parse.js';
import { buildCreateBody, parsePortSpec, parseVolume } from '../../src/docker/commands/run/config.js';
import { DocktutorError } from '../../src/errors.js';

const settings = { labels: { 'io.docktutor.managed': 'true' }, env: { FROM_HOST: 'yes' }, cwd: '/practice' };
const body = (line: string) => buildCreateBody(parseCommandLine(line), settings);

describe('buildCreateBody', () => {
  it('builds a foreground run', () => {
    expect(body('docker run --rm busybox echo hi')).toEqual({
      Image: 'busybox',
      Cmd: ['echo', 'hi'],
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      Labels: { 'io.docktutor.managed': 'true' },
      HostConfig: { NetworkMode: 'default', AutoRemove: false },
    });
  });

  it.each([
    ['docker run -it busybox sh', { Tty: true, OpenStdin: true, StdinOnce: true, AttachStdin: true }],
    ['docker run -d -i busybox cat', { OpenStdin: true, StdinOnce: false, AttachStdin: false, AttachStdout: false }],
    ['docker run -e A=1 -e FROM_HOST -e UNSET busybox', { Env: ['A=1', 'FROM_HOST=yes', 'UNSET'] }],
    ['docker run -w /srv busybox', { WorkingDir: '/srv' }],
    ['docker run --entrypoint "" busybox', { Entrypoint: [''] }],
    ['docker run --entrypoint echo busybox hi', { Entrypoint: ['echo'], Cmd: ['hi'] }],
  ])('%s', (line, expected) => {
    expect(body(line)).toMatchObject(expected);
  });

  it.each([
    ['docker run --rm -d busybox', { AutoRemove: true }],
    ['docker run --rm busybox', { AutoRemove: false }],
    ['docker run -m 64m --cpus 1.5 busybox', { Memory: 67108864, NanoCpus: 1_500_000_000 }],
    ['docker run --network none busybox', { NetworkMode: 'none' }],
    ['docker run -v /data:/data:ro -v ./site:/usr/share/site busybox', { Binds: ['/data:/data:ro', '/practice/site:/usr/share/site'] }],
    ['docker run -p 8080:80 -p 127.0.0.1::53/udp busybox', { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '' }] } }],
  ])('%s sets the host config', (line, expected) => {
    expect(body(line).HostConfig).toMatchObject(expected);
  });

  it('exposes published ports and declares anonymous volumes', () => {
    const created = body('docker run -p 80 -v /cache busybox');
    expect(created.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(created.Volumes).toEqual({ '/cache': {} });
  });
});

describe('parsePortSpec', () => {
  it.each([
    ['80', { '80/tcp': [{ HostIp: '', HostPort: '' }] }],
    ['8080:80', { '80/tcp': [{ HostIp: '', HostPort: '8080' }] }],
    ['0.0.0.0:8080:80/udp', { '80/udp': [{ HostIp: '0.0.0.0', HostPort: '8080' }] }],
    ['[::1]:8080:80', { '80/tcp': [{ HostIp: '::1', HostPort: '8080' }] }],
    ['8000-8001:80-81', { '80/tcp': [{ HostIp: '', HostPort: '8000' }], '81/tcp': [{ HostIp: '', HostPort: '8001' }] }],
    ['8000-8010:80', { '80/tcp': [{ HostIp: '', HostPort: '8000-8010' }] }],
  ])('%s', (spec, bindings) => {
    expect(parsePortSpec(spec)).toEqual(bindings);
  });

  it.each(['', 'http', '80/icmp', '0:80', '70000', '1:2:3:4', '8000-8001:80-83'])('%j is refused with a hint', (spec) => {
    expect(() => parsePortSpec(spec)).toThrow(DocktutorError);
  });
});

describe('parseVolume', () => {
  it.each([
    ['/cache', { anonymous: '/cache' }],
    ['/host:/ctr', { bind: '/host:/ctr' }],
    ['named:/ctr:ro', { bind: 'named:/ctr:ro' }],
    ['.:/app', { bind: '/practice:/app' }],
  ])('%s', (spec, parsed) => {
    expect(parseVolume(spec, '/practice')).toEqual(parsed);
  });

  it.each(['relative', '/a:relative', 'a::b', '/a:/b:ro:x', 'bad name:/x'])('%j is refused', (spec) => {
    expect(() => parseVolume(spec, '/practice')).toThrow(DocktutorError);
  });
});
