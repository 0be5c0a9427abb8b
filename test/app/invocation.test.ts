import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInvocation } from '../../src/app/invocation.js';
import { DocktutorError } from '../../src/errors.js';
import { LangError } from '../../src/i18n/index.js';
import { PACKAGE_ROOT } from '../../src/version.js';

const argv = (text: string) => ['node', 'docktutor', ...text.split(' ').filter(Boolean)];
const read = (text: string, env: NodeJS.ProcessEnv = {}) => parseInvocation(argv(text), env);

describe('parseInvocation: the path main takes', () => {
  it.each([
    ['--version', 'version'],
    ['-V', 'version'],
    ['try docker ps -a', 'try'],
    ['try ps', 'try'],
    ['try', 'try'],
    ['try --no-explain docker ps', 'try'],
    ['try -H unix:///x.sock docker ps', 'try'],
    ['--host unix:///x.sock try docker ps', 'try'],
    ['learn', 'learn'],
    ['learn images', 'learn'],
    ['--lang ko learn', 'learn'],
  ])('%s -> %s', (text, route) => {
    expect(read(text).route).toBe(route);
  });

  it.each(['', '--help', 'try --help', 'try -h', 'try -- docker ps', 'learn --lang ko', 'learn a b', 'learn --help', 'lessons', 'quiz hello', '--bogus try docker ps', '--version extra'])(
    'leaves "%s" to commander',
    (text) => {
      expect(read(text).route).toBe('program');
    },
  );
});

describe('parseInvocation: the words and the shared settings', () => {
  it('hands try the docker words untouched, docktutor options taken off the front', () => {
    expect(read('try --no-explain -H unix:///x.sock --lang ko docker run --rm -e A=1 busybox echo --lang')).toMatchObject({
      command: 'try',
      words: ['docker', 'run', '--rm', '-e', 'A=1', 'busybox', 'echo', '--lang'],
      host: 'unix:///x.sock',
      lang: 'ko',
      explain: false,
    });
  });

  it("reads docker's own -H after `docker`, and `docker help`", () => {
    expect(read('try docker -H tcp://h:2375 ps')).toMatchObject({ host: 'tcp://h:2375', words: ['docker', 'ps'] });
    expect(read('try docker help ps')).toMatchObject({ help: 'ps' });
    expect(read('try docker --help')).toMatchObject({ help: 'commands' });
  });

  it('takes the global options before the command and, for commander, after it', () => {
    expect(read('--lang=ko --lessons /l quiz hello --host unix:///q.sock')).toMatchObject({
      command: 'quiz',
      words: ['hello', '--host', 'unix:///q.sock'],
      lang: 'ko',
      lessonsDir: resolve('/l'),
      host: 'unix:///q.sock',
    });
    expect(read('learn images')).toMatchObject({ command: 'learn', words: ['images'] });
  });

  it('reads the environment once: the language, the lessons folder, DOCKTUTOR_NO_EXPLAIN', () => {
    const env = { LANG: 'ko_KR.UTF-8', DOCKTUTOR_LESSONS: '/lessons', DOCKTUTOR_NO_EXPLAIN: '1' };
    expect(read('try docker ps', env)).toMatchObject({ lang: 'ko', lessonsDir: resolve('/lessons'), explain: false });
    expect(read('try docker ps --lang en', env).lang).toBe('ko');
    expect(read('--lang en try docker ps', env).lang).toBe('en');
    expect(read('try docker ps')).toMatchObject({ lang: 'en', lessonsDir: join(PACKAGE_ROOT, 'lessons'), explain: true, host: undefined });
  });

  it('refuses an unknown language and a global option without its value in one clear line', () => {
    expect(() => read('--lang fr learn')).toThrow(LangError);
    expect(() => read('try -H')).toThrow(DocktutorError);
    expect(() => read('try -H')).toThrow(/flag -H needs a value/);
    // docker's usage code inside a try line, docktutor's own (2, as for an unknown language) elsewhere.
    const exitOf = (line: string) => {
      try {
        read(line);
      } catch (error) {
        return (error as DocktutorError).exitCode;
      }
      return undefined;
    };
    expect(exitOf('try -H')).toBe(125);
    expect(exitOf('quiz --lang')).toBe(2);
    expect(exitOf('--lang')).toBe(2);
  });
});
