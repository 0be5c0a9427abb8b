import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderTryBox } from '../../src/lessons/render.js';

const placeholders = { image: 'busybox:latest', registry: 'localhost:5000', user: 'docktutor' };
const step = (command: string) => ({ id: 't', command, mode: 'copy' as const, hints: [], needs: [], explain: '', check: {}, line: 1 });

describe('renderTryBox', () => {
  it.each([
    ['a short command', 'docker ps', 80, 'en'],
    ['a command longer than the title', 'docker run --rm {{image}} echo hello from a container', 80, 'en'],
    ['a command wrapped in a narrow terminal', 'docker run --rm --memory 64m --cpus 0.5 {{image}} sh -c "tail /dev/zero"', 30, 'en'],
    ['a Korean title', 'docker version', 80, 'ko'],
  ] as const)('draws %s with every line as wide as the others', (_title, command, columns, lang) => {
    const lines = renderTryBox(step(command), columns, { color: false, lang, placeholders }).split('\n');
    const widths = new Set(lines.map((line) => stringWidth(line)));
    expect(widths.size).toBe(1);
    expect([...widths][0]).toBeLessThanOrEqual(columns);
    expect(lines[1]).toMatch(/^│ \$ docker /);
  });
});
