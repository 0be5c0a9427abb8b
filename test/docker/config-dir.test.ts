import { describe, expect, it } from 'vitest';
import { dockerConfigDir, resolveDockerAddress } from '../../src/docker/engine/address.js';
import { configDir } from '../../src/docker/registry/credentials.js';

describe('the Docker config folder, one rule for addresses and credentials', () => {
  it.each([
    [{ DOCKER_CONFIG: '/cfg', HOME: '/home/me' }, '/cfg'],
    [{ HOME: '/home/me' }, '/home/me/.docker'],
    [{}, '/account/.docker'],
    [{ DOCKER_CONFIG: '', HOME: '' }, '/account/.docker'],
  ])('%j -> %s', (env, dir) => {
    expect(dockerConfigDir(env, '/account')).toBe(dir);
  });

  it('finds the current context in $HOME/.docker, where the credentials are read too', () => {
    const env = { HOME: '/home/me' };
    // The account's home (/account) holds nothing: only a lookup under $HOME finds the context.
    const readFile = (path: string) => {
      if (path === '/home/me/.docker/config.json') return JSON.stringify({ currentContext: 'remote' });
      if (path.startsWith('/home/me/.docker/contexts/meta/')) return JSON.stringify({ Name: 'remote', Endpoints: { docker: { Host: 'tcp://10.0.0.9:2375' } } });
      return undefined;
    };
    const address = resolveDockerAddress({ env, homedir: '/account', readFile, exists: () => false });
    expect(address).toMatchObject({ url: 'tcp://10.0.0.9:2375', source: 'config', context: 'remote' });
    expect(configDir(env)).toBe('/home/me/.docker');
  });
});
