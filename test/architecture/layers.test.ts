/**
 * The layers as the folders show them: the command-line edge (src/cli) sits on top and nothing below
 * reaches up into it; the shared terminal helpers and the Docker layer depend on no screen. The import
 * graph is read from the sources with TypeScript's own pre-processor (static and literal dynamic imports).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each file under `root` (as a path relative to it) with the files under `root` it imports. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(root, resolve(dirname(file), name)).replace(/\.js$/, '.ts'));
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** Imports from a file under `from` into a file under one of `forbidden`, as "importer -> imported". */
export function crossings(graph: Map<string, string[]>, from: (file: string) => boolean, forbidden: string[]): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    if (!from(file)) continue;
    for (const target of targets) if (forbidden.some((folder) => target.startsWith(`${folder}/`))) found.push(`${file} -> ${target}`);
  }
  return found;
}

const under = (...folders: string[]) => (file: string) => folders.some((folder) => file.startsWith(`${folder}/`));

describe('the layers of src/', () => {
  const graph = importGraph(SRC);

  it('reads the real graph (the check is not vacuous)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('cli/edge.ts')).toContain('version.ts');
  });

  it('lets nothing outside cli/ import from cli/', () => {
    expect(crossings(graph, (file) => !file.startsWith('cli/'), ['cli'])).toEqual([]);
  });

  it('keeps the Docker layer free of the screens, the lesson flow and the invocation above it', () => {
    expect(crossings(graph, under('docker'), ['cli', 'app', 'lessons', 'steps', 'progress', 'quiz'])).toEqual([]);
  });

  it('lets only the edge and the flows below it take the invocation context', () => {
    expect(crossings(graph, under('docker', 'i18n', 'terminal', 'lessons', 'progress', 'quiz'), ['app'])).toEqual([]);
  });

  it('keeps the shared terminal helpers free of everything above them', () => {
    expect(crossings(graph, under('terminal'), ['cli', 'docker', 'lessons', 'steps', 'progress', 'quiz', 'i18n'])).toEqual([]);
  });

  it('catches a lower layer that reaches into cli/', () => {
    const planted = new Map(graph).set('docker/commands/info/execute.ts', ['cli/version.ts']);
    expect(crossings(planted, (file) => !file.startsWith('cli/'), ['cli'])).toEqual(['docker/commands/info/execute.ts -> cli/version.ts']);
  });
});
