import { describe, expect, it } from 'vitest';
import { chooseBuilder, chooseProgress } from '../../../src/docker/buildkit/choose-builder.js';
import { DocktutorError } from '../../../src/errors.js';

describe('chooseBuilder', () => {
  it.each([
    [{}, { apiVersion: '1.41' }, { builder: 'buildkit', why: 'daemon' }],
    [{}, { apiVersion: '1.45', builderVersion: '2', osType: 'linux' }, { builder: 'buildkit', why: 'daemon' }],
    [{}, { apiVersion: '1.38' }, { builder: 'legacy', why: 'old-api' }],
    [{}, { apiVersion: '1.41', builderVersion: '1' }, { builder: 'legacy', why: 'daemon-v1' }],
    [{}, { apiVersion: '1.41', osType: 'windows' }, { builder: 'legacy', why: 'windows' }],
    [{ DOCKER_BUILDKIT: '0' }, { apiVersion: '1.45', builderVersion: '2' }, { builder: 'legacy', why: 'env' }],
    [{ DOCKER_BUILDKIT: 'false' }, { apiVersion: '1.45' }, { builder: 'legacy', why: 'env' }],
    [{ DOCKER_BUILDKIT: '1' }, { apiVersion: '1.41', builderVersion: '1' }, { builder: 'buildkit', why: 'env' }],
    [{ DOCKER_BUILDKIT: '' }, { apiVersion: '1.41' }, { builder: 'buildkit', why: 'daemon' }],
  ])('%j with %j', (env, daemon, choice) => {
    expect(chooseBuilder(env, daemon)).toEqual(choice);
  });

  it('refuses a DOCKER_BUILDKIT that is not a Go boolean, in the docker CLI words', () => {
    let error: unknown;
    try {
      chooseBuilder({ DOCKER_BUILDKIT: 'yes' }, { apiVersion: '1.41' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error).toMatchObject({
      kind: 'usage',
      exitCode: 1,
      message: 'DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing "yes": invalid syntax',
    });
  });
});

describe('chooseProgress', () => {
  it.each([
    [undefined, {}, false, true, 'tty'],
    [undefined, {}, false, false, 'plain'],
    ['auto', {}, false, true, 'tty'],
    ['plain', {}, false, true, 'plain'],
    ['tty', {}, false, true, 'tty'],
    [undefined, { BUILDKIT_PROGRESS: 'plain' }, false, true, 'plain'],
    ['tty', { BUILDKIT_PROGRESS: 'plain' }, false, true, 'tty'],
    ['plain', {}, true, true, 'quiet'],
    ['quiet', {}, false, true, 'quiet'],
  ])('--progress=%s, env %j, -q %s, terminal %s -> %s', (flag, env, quiet, terminal, mode) => {
    expect(chooseProgress(flag, env, quiet, terminal)).toBe(mode);
  });

  it.each([
    ['tty', false, '--progress=tty needs a terminal'],
    ['fancy', true, 'invalid progress mode fancy'],
  ])('refuses --progress=%s (terminal %s) with a usage error', (flag, terminal, text) => {
    let error: unknown;
    try {
      chooseProgress(flag, {}, false, terminal);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).kind).toBe('usage');
    expect((error as DocktutorError).message).toContain(text);
  });
});
