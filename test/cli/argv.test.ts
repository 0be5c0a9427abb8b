import { describe, expect, it } from 'vitest';
import { langFromArgv, plainLearn, plainTryWords } from '../../src/cli/argv.js';

const line = (text: string) => ['node', 'docktutor', ...text.split(' ').filter(Boolean)];

describe('plainTryWords', () => {
  it.each([
    ['try docker ps -a', ['docker', 'ps', '-a']],
    ['try docker run --rm -- busybox echo', ['docker', 'run', '--rm', '--', 'busybox', 'echo']],
    ['try docker ps --help', ['docker', 'ps', '--help']],
    ['try ps', ['ps']],
  ])('passes %s through untouched', (text, words) => {
    expect(plainTryWords(line(text))).toEqual(words);
  });

  it.each(['try', 'try --no-explain docker ps', 'try --help', 'try -- docker ps', '--host x try docker ps', 'learn', '--version'])(
    'leaves %s to commander',
    (text) => {
      expect(plainTryWords(line(text))).toBeUndefined();
    },
  );
});

describe('plainLearn', () => {
  it.each([
    ['learn', undefined],
    ['learn images', 'images'],
  ])('reads %s', (text, lesson) => {
    expect(plainLearn(line(text))).toEqual({ lesson });
  });

  it.each(['learn --lang ko', 'learn images --lang ko', 'learn --help', 'learn a b', '--lang ko learn', 'lessons'])('leaves %s to commander', (text) => {
    expect(plainLearn(line(text))).toBeUndefined();
  });
});

describe('langFromArgv', () => {
  it.each([
    ['--lang ko learn', 'ko'],
    ['--lang=en try docker ps', 'en'],
    ['try docker ps', undefined],
    ['--lang', undefined],
  ])('reads %s', (text, lang) => {
    expect(langFromArgv(line(text))).toBe(lang);
  });
});
