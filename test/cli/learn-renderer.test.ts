import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Fresh processes on the built files: whether highlight.js loads depends on what was imported first.
// FORCE_COLOR: marked-terminal colours code only when its own chalk sees a colour terminal.
function probe(script: string, colourTerminal: boolean): string {
  const env = { ...process.env };
  if (colourTerminal) env.FORCE_COLOR = '1';
  else delete env.FORCE_COLOR;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8', env }).trim();
}

const render = (color: boolean) => `
  const markdown = 'Run it:\\n\\n\\u0060\\u0060\\u0060console\\n$ docker run --rm busybox:latest echo hi\\n\\u0060\\u0060\\u0060\\n\\nA \\u0060code\\u0060 span.';
  const text = renderer.renderStepNote(markdown, { columns: 60, color: ${color}, placeholders: {} });
  const { createRequire } = await import('node:module');
  const highlightLoaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/highlight.js/'));
  console.log(JSON.stringify({ text, highlightLoaded }));
`;

describe('the learn renderer', () => {
  it('renders exactly as the renderer loaded directly, and loads highlight.js only in a colour terminal', () => {
    const direct = JSON.parse(probe(`const renderer = await import('./dist/lessons/render.js'); ${render(true)}`, true));
    const lazyColour = JSON.parse(probe(`const renderer = await (await import('./dist/cli/learn/renderer.js')).loadRenderer(); ${render(true)}`, true));
    const lazyPlain = JSON.parse(probe(`const renderer = await (await import('./dist/cli/learn/renderer.js')).loadRenderer(); ${render(false)}`, false));
    expect(lazyColour.text).toBe(direct.text);
    expect(direct.highlightLoaded).toBe(true);
    expect(lazyColour.highlightLoaded).toBe(true);
    expect(lazyPlain.highlightLoaded).toBe(false);
    expect(lazyColour.text).toMatch(/\u001b\[/);
    expect(lazyPlain.text).toContain('$ docker run --rm busybox:latest echo hi');
  });
});
