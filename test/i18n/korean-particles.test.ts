import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A particle or copula written apart from the code, path, number or English word it belongs to ("Enter 를",
 * "docktutor 가", "-u 로", "docker 을(를)"). Korean attaches particles directly: "Enter를", "${name}을(를)".
 */
const DETACHED =
  /[A-Za-z0-9'"`)\]}/.] (가|이|를|을|는|은|의|에|에서|에서는|에는|도|로|으로|와|과|처럼|보다|이어야|여야|입니다|인데|나|만|부터|까지|에게|을\(를\)|이\(가\)|은\(는\)|와\(과\)|\(으\)로)(?=[\s,.:;)'"]|$)/;

/** Argument sets every message function is called with: text, a list, numbers and both booleans reach most branches. */
const SAMPLES: unknown[] = ['docker', ['docker'], 1, 2, true, false];

/** Every Korean sentence of a table; a function contributes what it returns for each sample it accepts. */
function sentencesOf(table: unknown, name: string): [string, string][] {
  if (typeof table === 'string') return [[name, table]];
  if (typeof table === 'function') {
    const fn = table as (...args: unknown[]) => unknown;
    const results = SAMPLES.flatMap((sample) => {
      try {
        return sentencesOf(fn(...Array.from({ length: fn.length }, () => sample)), name);
      } catch {
        return [];
      }
    });
    expect(results.length, `${name} accepts none of the sample arguments`).toBeGreaterThan(0);
    return results;
  }
  if (Array.isArray(table)) return table.flatMap((value, index) => sentencesOf(value, `${name}[${index}]`));
  if (table && typeof table === 'object') return Object.entries(table).flatMap(([key, value]) => sentencesOf(value, `${name}.${key}`));
  return [];
}

// Every message table in src/i18n and in each docker command's folder, found by file so a new area
// or command is checked without editing this test.
const dir = new URL('../../src/i18n/', import.meta.url);
const commandsDir = new URL('../../src/docker/commands/', import.meta.url);
const modules = readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts' && file !== 'plural.ts' && file !== 'particles.ts');
const commandTables = readdirSync(commandsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/messages.ts`, commandsDir)))
  .map((entry) => `${entry.name}/messages.ts`);
const accessors: [string, (lang: 'ko') => unknown][] = [];
for (const [base, file] of [...modules.map((file) => [dir, file] as const), ...commandTables.map((file) => [commandsDir, file] as const)]) {
  const module = (await import(new URL(file, base).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (name.endsWith('Messages') && typeof value === 'function') accessors.push([`${file}:${name}`, value as (lang: 'ko') => unknown]);
  }
}
// Each command's one-line summary lives in its spec, read before anything else of the command loads.
const { COMMANDS } = await import('../../src/docker/commands/table.js');
accessors.push(['docker/commands/table.ts:summaries', () => Object.values(COMMANDS).map((entry) => entry.spec.summary.ko)]);

describe('Korean messages attach particles to the word before them', () => {
  it('finds a message table in every src/i18n module', () => {
    const found = new Set(accessors.map(([name]) => name.split(':')[0]));
    expect([...found].filter((file) => modules.includes(file!)).sort()).toEqual([...modules].sort());
    expect(commandTables.length).toBeGreaterThan(0);
    for (const file of commandTables) expect(found).toContain(file);
  });

  // One test per table: a failure lists every detached particle of that table at once.
  it.each(accessors)('%s', (name, messages) => {
    const sentences = sentencesOf(messages('ko'), name);
    expect(sentences.length).toBeGreaterThan(0);
    const detached = sentences.filter(([, sentence]) => DETACHED.test(sentence)).map(([where, sentence]) => `${where}: ${sentence}`);
    expect(detached).toEqual([]);
  });
});
