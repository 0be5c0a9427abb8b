import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CommandOutput, MAX_KEPT_OUTPUT_BYTES } from '../../../src/docker/commands/output.js';
import type { CommandContext } from '../../../src/docker/commands/types.js';

describe('CommandOutput', () => {
  it('writes everything but keeps only the first MAX_KEPT_OUTPUT_BYTES for the record', () => {
    const stdout = new PassThrough();
    let written = 0;
    stdout.on('data', (chunk: Buffer) => (written += chunk.length));
    const output = new CommandOutput({ stdout, stderr: stdout } as unknown as CommandContext);
    const line = `${'x'.repeat(1023)}\n`;
    const lines = MAX_KEPT_OUTPUT_BYTES / line.length + 100;
    for (let i = 0; i < lines; i += 1) output.out(line);
    expect(written).toBe(lines * line.length);
    expect(output.text.length).toBe(MAX_KEPT_OUTPUT_BYTES);
    expect(output.text.startsWith(line)).toBe(true);
  });
});
