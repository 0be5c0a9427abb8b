import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatUsage } from '../../src/docker/command-line/usage.js';
import type { CommandContext } from '../../src/docker/commands/types.js';
import { dispatchCommand, executeCommandLine } from '../../src/docker/commands/execute.js';
import { loadCommand } from '../../src/docker/commands/table.js';
import { DocktutorError } from '../../src/errors.js';

function offlineContext(): { context: CommandContext; text: () => string } {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  // No daemon: these paths must never touch the connection.
  const context = { stdout, stderr: stdout, stdin: new PassThrough(), cwd: '/', env: {} } as unknown as CommandContext;
  return { context, text: () => Buffer.concat(chunks).toString() };
}

describe('executeCommandLine without a daemon', () => {
  it.each(['run', 'exec', 'ps', 'build', 'pull', 'push', 'images', 'login', 'logout', 'search', 'version', 'info'])(
    'docker %s --help prints the usage and the supported flags',
    async (name) => {
      const { context, text } = offlineContext();
      const result = await executeCommandLine(`docker ${name} --help`, context);
      expect(result.exitCode).toBe(0);
      expect(result.output).toBe(formatUsage(await loadCommand(name as never)));
      expect(text()).toMatch(new RegExp(`^Usage: {2}docker ${name}`));
      expect(text()).toContain('-h, --help');
    },
  );

  it('lists flags with their short forms and value names', async () => {
    const usage = formatUsage(await loadCommand('run'));
    expect(usage).toContain('  -d, --detach ');
    expect(usage).toContain('      --name string ');
    expect(usage).toContain('  -m, --memory bytes ');
    expect(usage).toContain('docker container run, docker run');
  });

  it('rejects an unsupported command before anything runs', async () => {
    const { context } = offlineContext();
    await expect(executeCommandLine('docker kill web', context)).rejects.toThrow(DocktutorError);
  });

  it('says a command is not available when its module is missing', async () => {
    const { context } = offlineContext();
    await expect(dispatchCommand({ name: 'nothing' as never, flags: {}, args: [], words: [] }, context)).rejects.toThrow(/not available/);
  });
});
