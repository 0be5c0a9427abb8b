/**
 * The practice-folder watcher of edit steps (chokidar) never keeps docktutor running by itself: a watch
 * left open (a file renamed into place while the watcher closes) must not hold the process after Quit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'dt-watch-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the edit steps\' folder watcher', () => {
  it('reports a save, and lets the process end with the watch still open', () => {
    const script = `
      const { realStepTools } = await import(${JSON.stringify(join(ROOT, 'dist/cli/learn/real-step-tools.js'))});
      const { writeFileSync } = await import('node:fs');
      let saves = 0;
      await realStepTools().watchFolder(${JSON.stringify(folder)}, () => { saves += 1; });
      writeFileSync(${JSON.stringify(join(folder, 'Dockerfile'))}, 'FROM busybox\\n');
      // Long enough for the save to be seen; the watch is never closed: only this timer keeps the process.
      setTimeout(() => console.log('saves', saves), 1500);
    `;
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^saves [1-9]/);
    expect(result.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
