/**
 * highlight.js (with its 190 languages) loads only for a code block it colours: a step shown without
 * colour, or a `text` block, is indented as marked-terminal indents it, without loading it.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Renders `markdown` in a fresh process (from dist/) and says whether highlight.js was loaded. */
function render(markdown: string, color: boolean): { text: string; highlighted: boolean } {
  const script = `
    // As learn loads the renderer: cli-highlight deferred first (lazy-highlight.ts).
    await import(${JSON.stringify(`${ROOT}/dist/lessons/lazy-highlight.js`)});
    const { renderMarkdown } = await import(${JSON.stringify(`${ROOT}/dist/lessons/render-markdown.js`)});
    const { createRequire } = await import('node:module');
    const text = renderMarkdown(${JSON.stringify(markdown)}, { columns: 60, color: ${color} });
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((path) => /[\\\\/]highlight\\.js[\\\\/]/.test(path));
    process.stdout.write(JSON.stringify({ text, highlighted: loaded }));`;
  // FORCE_COLOR: marked-terminal would highlight, as in a terminal, were it asked to.
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1' } });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { text: string; highlighted: boolean };
}

describe('code blocks', () => {
  it('without colour: indented, highlight.js not loaded', () => {
    expect(render('Run:\n\n```console\n$ docker ps\nCONTAINER ID\n```\n', false)).toEqual({ text: 'Run:\n\n  $ docker ps\n  CONTAINER ID', highlighted: false });
  });

  it('in plain text with colour: indented, highlight.js not loaded', () => {
    expect(render('```text\nclient -> daemon\n  indented\n```\n', true)).toEqual({ text: '  client -> daemon\n    indented', highlighted: false });
  });

  it('in a language with colour: highlighted, highlight.js loaded', () => {
    const { text, highlighted } = render('```console\n$ docker ps\n```\n', true);
    expect(highlighted).toBe(true);
    expect(text).toContain('\u001b[');
  });
});
