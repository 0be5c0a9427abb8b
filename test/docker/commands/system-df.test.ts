/** `docker system df` as a module: the docker CLI's arithmetic on a made-up answer, and live beside the docker CLI. */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { formatDiskUsage } from '../../../src/docker/format/disk-usage.js';
import { dockerCli } from '../../helpers/docker-cli.js';
import { describeDocker } from '../../helpers/docker.js';
import { captureContext } from '../live/context.js';

describe('docker system df, the module', () => {
  it('is spelled under its group only, and takes no arguments', async () => {
    expect(parseCommandLine('docker system df')).toMatchObject({ name: 'system df', args: [] });
    expect(() => parseCommandLine('docker df')).toThrow(/^unknown command: docker df$/);
    expect(() => parseCommandLine('docker system df x')).toThrow(/takes no arguments/);
    expect(formatUsage(await loadCommand('system df'))).toMatch(/^Usage: {2}docker system df\n\nShow docker disk usage\n/);
  });

  it('sums up as the docker CLI 28: 4-digit sizes, whole percentages, none for the build cache', () => {
    const table = formatDiskUsage({
      LayersSize: 30_000_000,
      Images: [
        { Containers: 2, Size: 10_000_000, SharedSize: 4_000_000 },
        { Containers: 0, Size: 20_000_000, SharedSize: 4_000_000 },
        { Containers: 1, Size: -1, SharedSize: 0 },
      ],
      Containers: [
        { SizeRw: 1000, State: 'running' },
        { SizeRw: 3000, State: 'exited' },
        { State: 'paused' },
      ],
      Volumes: [{ UsageData: { Size: 2048, RefCount: 1 } }, { UsageData: { Size: 1024, RefCount: 0 } }, { UsageData: { Size: -1, RefCount: 0 } }],
      BuildCache: [
        { InUse: true, Shared: false, Size: 500 },
        { InUse: true, Shared: true, Size: 700 },
        { InUse: false, Shared: false, Size: 900 },
      ],
      BuilderSize: 2100,
    });
    expect(table).toBe(
      [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          3         2         30MB      24MB (80%)',
        'Containers      3         2         4kB       3kB (75%)',
        'Local Volumes   3         1         3.072kB   1.024kB (33%)',
        'Build Cache     3         2         2.1kB     1.6kB',
        '',
      ].join('\n'),
    );
    expect(formatDiskUsage({})).toContain('Images          0         0         0B        0B\n');
  });
});

describeDocker('docker system df, live, beside the docker CLI', () => {
  it('prints the table the docker CLI prints while nothing changes in between', async () => {
    // Other test files create and remove objects meanwhile: compare only when the CLI saw the same before and after.
    for (let attempt = 0; ; attempt += 1) {
      const before = await dockerCli(['system', 'df']);
      const { context, stdout } = await captureContext();
      const result = await executeCommandLine('docker system df', context, { explain: false });
      const after = await dockerCli(['system', 'df']);
      if (before.stdout !== after.stdout && attempt < 5) continue;
      expect(result.exitCode).toBe(0);
      expect(stdout()).toBe(after.stdout);
      expect(stdout()).toMatch(/^TYPE {12}TOTAL {5}ACTIVE {4}SIZE {6}RECLAIMABLE\nImages /);
      return;
    }
  });

  it('shows the one request in the note', async () => {
    const { context, stderr } = await captureContext();
    await executeCommandLine('docker system df', context, { explain: true });
    expect(stderr()).toMatch(/^What happened \(Engine API requests\):\n {2}GET \/system\/df → 200\n {2}The daemon added up the disk space/);
  });
});
