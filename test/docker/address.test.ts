import { describe, expect, it } from 'vitest';
import { contextDigest, fallbackSockets, parseHost, resolveDockerAddress, type ResolveInput } from '../../src/docker/engine/address.js';
import { DocktutorError } from '../../src/errors.js';

const HOME = '/home/ada';

/** A fake file system of Docker config files: path -> text. */
function world(env: Record<string, string | undefined>, files: Record<string, string> = {}, hostFlag?: string): ResolveInput {
  return { hostFlag, env, homedir: HOME, readFile: (path) => files[path], exists: (path) => path in files };
}

function contextFiles(configDir: string, name: string, host: string, options: { tls?: boolean; skipVerify?: boolean } = {}): Record<string, string> {
  const digest = contextDigest(name);
  const files: Record<string, string> = {
    [`${configDir}/contexts/meta/${digest}/meta.json`]: JSON.stringify({
      Name: name,
      Metadata: {},
      Endpoints: { docker: { Host: host, SkipTLSVerify: options.skipVerify ?? false } },
    }),
  };
  if (options.tls) {
    for (const file of ['ca.pem', 'cert.pem', 'key.pem']) files[`${configDir}/contexts/tls/${digest}/docker/${file}`] = 'PEM';
  }
  return files;
}

describe('resolveDockerAddress', () => {
  it.each([
    ['nothing set: the default socket', {}, undefined, 'unix:///var/run/docker.sock', 'default'],
    ['--host wins over DOCKER_HOST', { DOCKER_HOST: 'unix:///env.sock' }, 'unix:///flag.sock', 'unix:///flag.sock', 'flag'],
    ['DOCKER_HOST unix socket', { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, undefined, 'unix:///run/user/1000/docker.sock', 'DOCKER_HOST'],
    ['DOCKER_HOST tcp without TLS defaults to 2375', { DOCKER_HOST: 'tcp://10.0.0.5' }, undefined, 'tcp://10.0.0.5:2375', 'DOCKER_HOST'],
    ['DOCKER_HOST tcp with TLS defaults to 2376', { DOCKER_HOST: 'tcp://example.test', DOCKER_TLS_VERIFY: '1' }, undefined, 'tcp://example.test:2376', 'DOCKER_HOST'],
    ['DOCKER_HOST ssh', { DOCKER_HOST: 'ssh://me@build.example.test' }, undefined, 'ssh://me@build.example.test', 'DOCKER_HOST'],
    ['DOCKER_HOST wins over DOCKER_CONTEXT', { DOCKER_HOST: 'unix:///env.sock', DOCKER_CONTEXT: 'remote' }, undefined, 'unix:///env.sock', 'DOCKER_HOST'],
    ['DOCKER_CONTEXT=default is the default socket', { DOCKER_CONTEXT: 'default' }, undefined, 'unix:///var/run/docker.sock', 'default'],
  ] as const)('%s', (_title, env, flag, url, source) => {
    const address = resolveDockerAddress(world({ ...env }, {}, flag));
    expect(address.url).toBe(url);
    expect(address.source).toBe(source);
  });

  it('uses TLS files from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
    const address = resolveDockerAddress(world({ DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }));
    expect(address.protocol).toBe('https');
    expect(address.tls).toEqual({ ca: '/certs/ca.pem', cert: '/certs/cert.pem', key: '/certs/key.pem', verify: true });
  });

  it('defaults DOCKER_CERT_PATH to ~/.docker', () => {
    const address = resolveDockerAddress(world({ DOCKER_HOST: 'tcp://h', DOCKER_TLS_VERIFY: '1' }));
    expect(address.tls?.ca).toBe(`${HOME}/.docker/ca.pem`);
  });

  it('encrypts without verifying for DOCKER_TLS alone', () => {
    const address = resolveDockerAddress(world({ DOCKER_HOST: 'tcp://h', DOCKER_TLS: '1' }));
    expect(address.protocol).toBe('https');
    expect(address.tls?.verify).toBe(false);
  });

  it('ignores TLS settings over ssh', () => {
    const address = resolveDockerAddress(world({ DOCKER_HOST: 'ssh://me@h:2222', DOCKER_TLS_VERIFY: '1' }));
    expect(address).toMatchObject({ protocol: 'ssh', host: 'h', port: 2222, username: 'me' });
    expect(address.tls).toBeUndefined();
  });

  it('reads DOCKER_CONTEXT from the context store with its TLS files', () => {
    const files = contextFiles(`${HOME}/.docker`, 'remote', 'tcp://remote.test:2376', { tls: true });
    const address = resolveDockerAddress(world({ DOCKER_CONTEXT: 'remote' }, files));
    expect(address).toMatchObject({ url: 'tcp://remote.test:2376', protocol: 'https', source: 'DOCKER_CONTEXT', context: 'remote' });
    expect(address.tls?.verify).toBe(true);
    expect(address.tls?.ca).toContain(`/contexts/tls/${contextDigest('remote')}/docker/ca.pem`);
  });

  it('reads currentContext from $DOCKER_CONFIG/config.json', () => {
    const files = {
      '/cfg/config.json': JSON.stringify({ auths: {}, currentContext: 'colima' }),
      ...contextFiles('/cfg', 'colima', 'unix:///home/ada/.colima/default/docker.sock'),
    };
    const address = resolveDockerAddress(world({ DOCKER_CONFIG: '/cfg' }, files));
    expect(address).toMatchObject({ url: 'unix:///home/ada/.colima/default/docker.sock', source: 'config', context: 'colima' });
    expect(address.tls).toBeUndefined();
  });

  it('lets DOCKER_CONTEXT override currentContext', () => {
    const files = {
      [`${HOME}/.docker/config.json`]: JSON.stringify({ currentContext: 'colima' }),
      ...contextFiles(`${HOME}/.docker`, 'colima', 'unix:///colima.sock'),
      ...contextFiles(`${HOME}/.docker`, 'other', 'unix:///other.sock'),
    };
    expect(resolveDockerAddress(world({ DOCKER_CONTEXT: 'other' }, files)).url).toBe('unix:///other.sock');
  });

  it('honours SkipTLSVerify of a context', () => {
    const files = contextFiles(`${HOME}/.docker`, 'lab', 'tcp://lab.test:2376', { tls: true, skipVerify: true });
    expect(resolveDockerAddress(world({ DOCKER_CONTEXT: 'lab' }, files)).tls?.verify).toBe(false);
  });

  it('uses the default socket when config.json names no context', () => {
    const files = { [`${HOME}/.docker/config.json`]: JSON.stringify({ auths: { 'x.test': {} } }) };
    expect(resolveDockerAddress(world({}, files)).source).toBe('default');
  });

  it.each([
    ['a missing context', { DOCKER_CONTEXT: 'ghost' }, {}, /context 'ghost' not found/],
    ['a broken config.json', {}, { [`${HOME}/.docker/config.json`]: '{nope' }, /config.json is not valid JSON/],
    ['a context without a docker endpoint', { DOCKER_CONTEXT: 'k8s' }, { [`${HOME}/.docker/contexts/meta/${contextDigest('k8s')}/meta.json`]: '{"Endpoints":{}}' }, /has no docker endpoint/],
    ['a host that is no address', { DOCKER_HOST: 'ftp://x' }, {}, /is not a Docker host address/],
  ] as const)('rejects %s with a usage error', (_title, env, files, message) => {
    const attempt = () => resolveDockerAddress(world({ ...env }, { ...files }));
    expect(attempt).toThrow(DocktutorError);
    expect(attempt).toThrow(message);
  });
});

describe('parseHost', () => {
  it.each([
    ['unix:///var/run/docker.sock', { protocol: 'unix', socketPath: '/var/run/docker.sock' }],
    ['/var/run/docker.sock', { protocol: 'unix', url: 'unix:///var/run/docker.sock' }],
    ['tcp://127.0.0.1:2375', { protocol: 'http', host: '127.0.0.1', port: 2375 }],
    ['127.0.0.1:2375', { protocol: 'http', host: '127.0.0.1', port: 2375 }],
    ['ssh://build.test', { protocol: 'ssh', host: 'build.test', port: 22 }],
  ] as const)('%s', (raw, expected) => {
    expect(parseHost(raw, 'flag')).toMatchObject(expected);
  });
});

describe('fallbackSockets', () => {
  it('looks at rootless Docker, Docker Desktop and Podman sockets', () => {
    const paths = fallbackSockets({ XDG_RUNTIME_DIR: '/run/user/1000' }, HOME, 1000).map((socket) => socket.path);
    expect(paths).toEqual([
      '/run/user/1000/docker.sock',
      `${HOME}/.docker/run/docker.sock`,
      `${HOME}/.docker/desktop/docker.sock`,
      '/run/user/1000/podman/podman.sock',
      '/run/podman/podman.sock',
    ]);
  });
});
