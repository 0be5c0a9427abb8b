import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCommandName, dockerCommand, namingDockerCommandsFor } from '../src/command-name.js';
import { daemonMessages } from '../src/i18n/docker.js';
import { sourceFiles } from './architecture/layers.test.js';
import { tryMessages } from '../src/i18n/try.js';

const root = mkdtempSync(join(tmpdir(), 'docktutor name '));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pkg = join(root, 'docktutor');
const bin = join(pkg, 'bin', 'docktutor.js');
mkdirSync(join(pkg, 'bin'), { recursive: true });
writeFileSync(bin, '');
const onPath = join(root, 'global-bin');
mkdirSync(onPath);
symlinkSync(bin, join(onPath, 'docktutor'));
const elsewhere = join(root, 'other-bin');
mkdirSync(elsewhere);
writeFileSync(join(elsewhere, 'docktutor'), '');

describe('commandName', () => {
  it.each<[string, string | undefined, string, string]>([
    ['a test runner', '/usr/lib/node_modules/vitest/vitest.mjs', '/usr/bin', 'docktutor'],
    ['no script at all', undefined, '/usr/bin', 'docktutor'],
    ['docktutor on the PATH, the same program', join(onPath, 'docktutor'), onPath, 'docktutor'],
    ['node bin/docktutor.js with that same program on the PATH', bin, `/usr/bin${delimiter}${onPath}`, 'docktutor'],
    ['node bin/docktutor.js with another docktutor on the PATH', bin, elsewhere, `node '${bin}'`],
  ])('%s', (_, script, path, expected) => {
    expect(detectCommandName(script, { PATH: path }, elsewhere)).toBe(expected);
  });

  it('names the bin relative to the folder the learner is in, as they typed it', () => {
    expect(detectCommandName(bin, { PATH: '/usr/bin' }, pkg)).toBe('node bin/docktutor.js');
    expect(detectCommandName(bin, { PATH: '/usr/bin' }, join(pkg, 'bin'))).toBe('node docktutor.js');
  });

  it('knows the installed command, bin/docktutor.cjs, as docktutor too', () => {
    const cjs = join(pkg, 'bin', 'docktutor.cjs');
    writeFileSync(cjs, '');
    expect(detectCommandName(cjs, { PATH: '/usr/bin' }, pkg)).toBe('node bin/docktutor.cjs');
  });
});

describe('docker commands named in messages', () => {
  it('are run through docktutor at the shell, and typed as they are at the practice prompt', () => {
    expect(dockerCommand('ps -a')).toBe('docktutor try docker ps -a');
    expect(tryMessages('en').flagHelpHint('ps')).toBe("see the flags docktutor supports with 'docktutor try docker ps --help'");
    namingDockerCommandsFor('prompt');
    try {
      expect(dockerCommand('ps -a')).toBe('ps -a');
      expect(tryMessages('en').flagHelpHint('ps')).toBe("see the flags docktutor supports with 'ps --help'");
      expect(daemonMessages('ko').notFoundHint).toBe("'ps -a'나 'images'로 이름을 확인하세요.");
    } finally {
      namingDockerCommandsFor('shell');
    }
    expect(daemonMessages('en').notFoundHint).toBe("Check the name with 'docktutor try docker ps -a' or 'docktutor try docker images'.");
  });
});

describe('the messages of src/', () => {
  it('name docktutor commands through commandName() and dockerCommand(), never as literal text', () => {
    const literal = /docktutor (try|learn|quiz|progress|lessons|clean|reset|doctor)\b/;
    const found: string[] = [];
    for (const file of sourceFiles(join(import.meta.dirname, '../src'))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          // Comments may name commands; strings are what the learner reads.
          const code = line.replace(/^\s*(\*|\/\/|\/\*\*).*$/, '').replace(/\/\/.*$/, '');
          // The doctor's title and "a docktutor progress file" name the program, not a command to type.
          if (/title: 'docktutor doctor'|docktutor progress file/.test(code)) return;
          if (literal.test(code) && /['"`]/.test(code)) found.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
