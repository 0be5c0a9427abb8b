/**
 * The live BuildKit view, driven by messages recorded from the daemon in this test (not written by
 * hand): a RUN step that prints and then works for a second shows its output under its line while it
 * runs, and the finished view collapses it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BuildJsonMessage } from '../../src/docker/buildkit/build-messages.js';
import { readBuildMessage } from '../../src/docker/buildkit/build-messages.js';
import { REFRESH_INTERVAL_MS, TtyDisplay } from '../../src/docker/buildkit/progress-display.js';
import { packBuildContext } from '../../src/docker/build/context.js';
import { resolveBuildPaths } from '../../src/docker/build/paths.js';
import { readJsonStream } from '../../src/docker/engine/json-stream.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { sharedConnection } from './command-context.js';

describeDocker('the BuildKit tty view on a recorded build', () => {
  const label = uniqueName('bk-tty');
  let root: string;
  const recorded: { at: number; message: BuildJsonMessage }[] = [];
  const marker = uniqueName('out');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-bk-tty-'));
    await writeFile(join(root, 'Dockerfile'), `FROM busybox:latest\nRUN echo ${marker} && sleep 1 && echo done-${marker}\n`);
    const packed = await packBuildContext(await resolveBuildPaths('.', undefined, root));
    const { docker } = await sharedConnection();
    const bridge = await docker.getNetwork('bridge').inspect().then(() => true, () => false);
    const query = { version: '2', dockerfile: packed.dockerfile, labels: JSON.stringify({ 'io.docktutor.test': label }), ...(bridge ? {} : { networkmode: 'none' }) };
    const modem = docker.modem as unknown as { dial(options: object, callback: (error: unknown, stream?: Readable) => void): void };
    const stream = await new Promise<Readable>((resolve, reject) =>
      modem.dial({ path: '/build?', method: 'POST', file: packed.stream, options: query, isStream: true, statusCodes: { 200: true, 500: 'server error' } }, (error, s) =>
        error || !s ? reject(error) : resolve(s),
      ),
    );
    const start = Date.now();
    await readJsonStream(stream, { url: process.env.DOCKER_HOST ?? '', request: 'POST /build' }, (message) => recorded.push({ at: Date.now() - start, message }));
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    for (const image of await docker.listImages({ filters: { label: [`io.docktutor.test=${label}`] } })) {
      await docker.getImage(image.Id).remove({ force: true }).catch(() => undefined);
    }
    await rm(root, { recursive: true, force: true });
  });

  it('shows the running step with its output underneath, then the collapsed finished view', () => {
    expect(recorded.some(({ message }) => readBuildMessage(message).kind === 'image')).toBe(true);
    const display = new TtyDisplay({ size: () => ({ width: 100, height: 30 }), desc: 'docker:default', color: false });
    const frames: string[] = [];
    const t0 = 1_000_000;
    let last = 0;
    for (const { at, message } of recorded) {
      // The ticker redraws while nothing arrives, as during the one-second sleep.
      for (let tick = last + REFRESH_INTERVAL_MS; tick < at; tick += REFRESH_INTERVAL_MS) frames.push(display.refresh(t0 + tick));
      last = at;
      const read = readBuildMessage(message);
      if (read.kind === 'status') frames.push(display.update(read.status, t0 + at));
    }
    const end = display.done(t0 + last + 10);
    const drawn = frames.filter((frame) => frame !== '');
    expect(drawn[0]).toMatch(/^\x1b\[\?25l\[\+\] Building \d+\.\ds \(\d+\/\d+\) +docker:default\n/);
    // Later frames go back up over the previous one and draw again in place.
    expect(drawn[1]).toMatch(/^\x1b\[\d+A\r\x1b\[\?25l\[\+\] Building/);
    const running = drawn.filter((frame) => frame.includes(` => => # ${marker}`));
    expect(running.length).toBeGreaterThan(0);
    expect(running[0]).toMatch(new RegExp(` => \\[2/2\\] RUN echo ${marker} [^\\n]* +\\d+\\.\\ds\\n => => # ${marker}\\n`));
    expect(end).toMatch(/\[\+\] Building \d+\.\ds \(\d+\/\d+\) FINISHED +docker:default\n/);
    expect(end).toMatch(new RegExp(` => \\[2/2\\] RUN echo ${marker} [^\\n]* +[1-9]\\.\\ds\\n`));
    expect(end).not.toContain(' => => # ');
    expect(end).toMatch(/ => exporting to image +\d+\.\ds\n/);
  });
});
