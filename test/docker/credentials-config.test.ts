import { describe, expect, it } from 'vitest';
import {
  decodeAuth,
  encodeAuth,
  helperFor,
  matchingAuthKeys,
  parseConfig,
  readFileCredentials,
  serializeConfig,
  withLogin,
  withoutLogin,
  type DockerConfigFile,
} from '../../src/docker/registry/credentials-config.js';
import { DocktutorError } from '../../src/errors.js';

const auth = (user: string, pass: string) => Buffer.from(`${user}:${pass}`).toString('base64');

describe('config.json logins', () => {
  it.each([
    ['plain host', { auths: { 'r:5000': { auth: auth('u', 'p') } } }, 'r:5000', { serverAddress: 'r:5000', username: 'u', secret: 'p' }],
    ['key written with a scheme', { auths: { 'http://r:5000': { auth: auth('u', 'p') } } }, 'r:5000', { serverAddress: 'r:5000', username: 'u', secret: 'p' }],
    ['Docker Hub key', { auths: { 'https://index.docker.io/v1/': { auth: auth('me', 'x:y') } } }, 'docker.io', { serverAddress: 'https://index.docker.io/v1/', username: 'me', secret: 'x:y' }],
    ['identity token', { auths: { 'r:5000': { auth: auth('u', ''), identitytoken: 'tok' } } }, 'r:5000', { serverAddress: 'r:5000', username: 'u', secret: 'tok', identityToken: true }],
    ['empty entry (secret in a helper)', { auths: { 'r:5000': {} } }, 'r:5000', undefined],
    ['another registry', { auths: { 'r:5000': { auth: auth('u', 'p') } } }, 'r:5001', undefined],
  ])('reads %s', (_name, config: DockerConfigFile, host, expected) => {
    expect(readFileCredentials(config, host)).toEqual(expected);
  });

  it.each([
    ['credHelpers wins over credsStore', { credsStore: 'desktop', credHelpers: { 'r:5000': 'pass' } }, 'r:5000', 'pass'],
    ['credsStore for everything else', { credsStore: 'desktop', credHelpers: { 'r:5000': 'pass' } }, 'other:1', 'desktop'],
    ['Docker Hub by its key', { credHelpers: { 'https://index.docker.io/v1/': 'hub' } }, 'docker.io', 'hub'],
    ['an empty credsStore means none', { credsStore: '' }, 'r:5000', undefined],
    ['nothing configured', {}, 'r:5000', undefined],
  ])('helper: %s', (_name, config: DockerConfigFile, host, expected) => {
    expect(helperFor(config, host)).toBe(expected);
  });

  it('records a login, replacing older spellings of the same registry and keeping every other key', () => {
    const config: DockerConfigFile = {
      auths: { 'https://r:5000': { auth: 'old' }, 'z:1': { auth: 'z' } },
      psFormat: 'table {{.ID}}',
      proxies: { default: { httpProxy: 'http://p:3128' } },
    };
    const next = withLogin(config, { serverAddress: 'r:5000', username: 'u', secret: 'p' }, false);
    expect(next).toEqual({
      auths: { 'z:1': { auth: 'z' }, 'r:5000': { auth: auth('u', 'p') } },
      psFormat: 'table {{.ID}}',
      proxies: { default: { httpProxy: 'http://p:3128' } },
    });
    expect(config.auths!['https://r:5000']).toEqual({ auth: 'old' });
    expect(withLogin({}, { serverAddress: 'r:5000', username: 'u', secret: 'p' }, true)).toEqual({ auths: { 'r:5000': {} } });
    expect(withLogin({}, { serverAddress: 'r:1', username: 'u', secret: 't', identityToken: true }, false)).toEqual({
      auths: { 'r:1': { auth: auth('u', ''), identitytoken: 't' } },
    });
  });

  it('forgets a login under every spelling', () => {
    const config: DockerConfigFile = { auths: { 'r:5000': {}, 'http://r:5000': {}, 'https://r:5000/v2/': {}, 'q:1': {} }, credsStore: 'x' };
    const keys = matchingAuthKeys(config, 'r:5000');
    expect(keys).toEqual(['r:5000', 'http://r:5000', 'https://r:5000/v2/']);
    expect(withoutLogin(config, keys)).toEqual({ auths: { 'q:1': {} }, credsStore: 'x' });
  });

  it('writes tab-indented JSON with the logins sorted, like the docker CLI', () => {
    expect(serializeConfig({ auths: { 'b:1': {}, 'a:1': { auth: 'x' } }, credsStore: 'pass' })).toBe(
      '{\n\t"auths": {\n\t\t"a:1": {\n\t\t\t"auth": "x"\n\t\t},\n\t\t"b:1": {}\n\t},\n\t"credsStore": "pass"\n}\n',
    );
  });

  it.each([
    ['u', 'p'],
    ['user', 'pa:ss:word'],
    ['한글', 'é'],
  ])('encodes and decodes %s', (user, pass) => {
    expect(decodeAuth(encodeAuth(user, pass))).toEqual({ username: user, password: pass });
  });

  it.each([['{'], ['[]'], ['"text"']])('rejects %j with the path in the message', (text) => {
    expect(() => parseConfig(text, '/x/config.json')).toThrow(DocktutorError);
    expect(() => parseConfig(text, '/x/config.json')).toThrow(/\/x\/config\.json/);
  });

  it('reads an empty file as an empty configuration', () => {
    expect(parseConfig('  \n', '/x')).toEqual({});
  });
});
