/** Every row of the command table keeps the one-folder contract, so a new command cannot half-join it. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_NAMES, loadCommand } from '../../../src/docker/commands/table.js';

const folder = new URL('../../../src/docker/commands/', import.meta.url);
/** A command that exists only under its group (`volume create`) lives in `volume-create/`. */
const folderOf = (name: string) => name.replace(' ', '-');

describe('the command table', () => {
  it('has a row for every command folder and a folder for every row', () => {
    const folders = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...folders].sort()).toEqual(COMMAND_NAMES.map(folderOf).sort());
  });

  it('loads each command by a literal path, never one built at run time', () => {
    const source = readFileSync(new URL('table.ts', folder), 'utf8');
    for (const name of COMMAND_NAMES) expect(source).toContain(`load: () => import('./${folderOf(name)}/index.js')`);
    expect(source).not.toMatch(/import\([^'")]/);
  });

  it.each(COMMAND_NAMES)('%s: its module matches its row, explains itself and describes each flag in both languages', async (name) => {
    const module = await loadCommand(name);
    expect(module.spec).toBe(COMMANDS[name].spec);
    expect(module.spec.name).toBe(name);
    expect(typeof module.execute).toBe('function');
    expect(typeof module.explain).toBe('function');
    for (const lang of ['en', 'ko'] as const) {
      expect(module.spec.summary[lang]).not.toBe('');
      const help = module.flagHelp(lang);
      expect(Object.keys(help).sort()).toEqual(module.spec.flags.map((flag) => flag.long).sort());
      for (const text of Object.values(help)) expect(text.trim()).not.toBe('');
    }
  });

  it('spells every alias as a management group and one word, used by one command only', () => {
    const seen = new Set<string>(COMMAND_NAMES.filter((name) => name.includes(' ')));
    for (const name of COMMAND_NAMES) {
      expect(name).toMatch(/^[a-z]+(?: [a-z]+)?$/);
      for (const alias of COMMANDS[name].spec.aliases ?? []) {
        expect(alias).toMatch(/^[a-z]+ [a-z]+$/);
        expect(seen.has(alias)).toBe(false);
        seen.add(alias);
      }
    }
  });
});
