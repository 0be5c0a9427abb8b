import { describe, expect, it } from 'vitest';
import {
  credentialKey,
  familiarReference,
  fullReference,
  normalizeRegistryHost,
  parseImageReference,
} from '../../src/docker/registry/reference.js';

describe('parseImageReference', () => {
  it.each([
    ['busybox', 'docker.io', 'library/busybox', undefined, 'docker.io/library/busybox', 'busybox'],
    ['busybox:1.36', 'docker.io', 'library/busybox', '1.36', 'docker.io/library/busybox:1.36', 'busybox:1.36'],
    ['me/app:v2', 'docker.io', 'me/app', 'v2', 'docker.io/me/app:v2', 'me/app:v2'],
    ['docker.io/library/busybox:latest', 'docker.io', 'library/busybox', 'latest', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['index.docker.io/busybox', 'docker.io', 'library/busybox', undefined, 'docker.io/library/busybox', 'busybox'],
    ['localhost:5000/hello:1', 'localhost:5000', 'hello', '1', 'localhost:5000/hello:1', 'localhost:5000/hello:1'],
    ['localhost/hello', 'localhost', 'hello', undefined, 'localhost/hello', 'localhost/hello'],
    ['127.0.0.1:5000/a/b/c:x.y', '127.0.0.1:5000', 'a/b/c', 'x.y', '127.0.0.1:5000/a/b/c:x.y', '127.0.0.1:5000/a/b/c:x.y'],
    ['ghcr.io/org/tool', 'ghcr.io', 'org/tool', undefined, 'ghcr.io/org/tool', 'ghcr.io/org/tool'],
  ])('%s', (text, domain, path, tag, full, familiar) => {
    const ref = parseImageReference(text);
    expect(ref).toEqual(tag === undefined ? { domain, path } : { domain, path, tag });
    expect(fullReference(ref)).toBe(full);
    expect(familiarReference(ref)).toBe(familiar);
  });

  it('keeps a digest', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parseImageReference(`busybox@${digest}`)).toEqual({ domain: 'docker.io', path: 'library/busybox', digest });
  });

  it.each([['Busybox'], ['me/App'], ['busy box'], ['busybox:'], ['busybox:-x'], ['a//b'], ['busybox@sha256:xyz'], ['']])(
    'rejects %j with a usage error',
    (text) => {
      expect(() => parseImageReference(text)).toThrow(/invalid reference format/);
    },
  );
});

describe('registry hosts and credential keys', () => {
  it.each([
    ['docker.io', 'docker.io', 'https://index.docker.io/v1/'],
    ['https://index.docker.io/v1/', 'docker.io', 'https://index.docker.io/v1/'],
    ['registry-1.docker.io', 'docker.io', 'https://index.docker.io/v1/'],
    ['127.0.0.1:5000', '127.0.0.1:5000', '127.0.0.1:5000'],
    ['http://localhost:5000/v2/', 'localhost:5000', 'localhost:5000'],
    ['https://ghcr.io', 'ghcr.io', 'ghcr.io'],
  ])('%s', (address, host, key) => {
    expect(normalizeRegistryHost(address)).toBe(host);
    expect(credentialKey(address)).toBe(key);
  });
});
