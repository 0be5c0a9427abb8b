/**
 * Every kind of edit check against the real daemon: a Dockerfile that passes them all, one that fails
 * each with its message, and one that does not build. Everything the checks create is labelled with
 * this run and removed at the end; the step's tag is unique to the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import type { EditCheck, EditStep } from '../../src/lessons/model.js';
import { checkEditStep } from '../../src/steps/edit/check-edit-step.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { freshHome, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('edit-checks');
const TAG = `${RUN}-image`;
const folders: string[] = [];
const { home } = freshHome('edit-checks');

const checks: EditCheck[] = [
  { kind: 'builds' },
  { kind: 'notRoot' },
  { kind: 'execForm' },
  { kind: 'workdir', path: '/app' },
  { kind: 'env', vars: { GREETING: 'hello' } },
  { kind: 'label', labels: { 'org.opencontainers.image.title': 'dt-hello' } },
  { kind: 'expose', port: '8080/tcp' },
  { kind: 'maxLayers', layers: 4 },
  { kind: 'maxSize', bytes: 20 * 1024 * 1024 },
  { kind: 'maxContext', bytes: 64 * 1024 },
  { kind: 'contextExcludes', path: '.env' },
  { kind: 'absent', path: '/app/build-tools' },
  { kind: 'run', output: 'hello from dt', exitCode: 0 },
  { kind: 'run', command: ['cat', '/app/motd.txt'], output: 'welcome' },
  { kind: 'cacheReuse', file: 'hello.sh', keep: 'installing' },
  { kind: 'cacheReuse', file: '.env' },
];

const step: EditStep = { id: 'all-checks', goal: 'g', files: [{ path: 'Dockerfile', start: '', solution: '' }], build: { tag: TAG, dockerfile: 'Dockerfile', args: {} }, startFails: ['builds'], hints: [], checks, explain: 'e', line: 1 };

const GOOD = `FROM busybox:latest
WORKDIR /app
COPY motd.txt ./
RUN echo "installing (slow)" && cp motd.txt installed.txt
COPY hello.sh ./
ENV GREETING=hello
LABEL org.opencontainers.image.title=dt-hello
EXPOSE 8080
USER 1000
CMD ["sh", "/app/hello.sh"]
`;

const BAD = `FROM busybox:latest
RUN mkdir -p /app/build-tools
RUN cd /app
RUN echo scratch > /tmp/scratch
COPY . /app/
RUN echo "installing (slow)" && cp /app/motd.txt /app/installed.txt
RUN dd if=/dev/zero of=/app/fill bs=1048576 count=21
ENV GREETING=bonjour
LABEL org.opencontainers.image.title=other
EXPOSE 9090
USER 0
CMD sh /app/hello.sh; exit 3
`;

function practiceFolder(dockerfile: string, ignore: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'dt-edit-checks-'));
  folders.push(folder);
  const files: Record<string, string> = {
    Dockerfile: dockerfile,
    '.dockerignore': ignore,
    'hello.sh': 'echo "hello from dt"\n',
    'motd.txt': 'welcome\n',
    '.env': 'SECRET=1\n',
    'big/blob.bin': 'x'.repeat(200 * 1024),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

// Both builders: BuildKit (the default where the daemon has it) and the legacy builder (DOCKER_BUILDKIT=0).
for (const builder of ['1', '0']) describeDocker(`edit checks on the daemon (DOCKER_BUILDKIT=${builder})`, () => {
  const options = async (folder: string) => ({ connection: await stepConnection(), env: { ...process.env, DOCKTUTOR_HOME: home, DOCKTUTOR_RUN_LABEL: RUN, DOCKER_BUILDKIT: builder }, lesson: 'edit-checks', folder });

  beforeAll(() => setLang('en'));
  afterAll(async () => {
    await removeRun(RUN, [TAG]);
    if (builder === '0') for (const folder of [...folders, dirname(home)]) rmSync(folder, { recursive: true, force: true });
  });

  it('passes every check on a Dockerfile that does it all', async () => {
    const folder = practiceFolder(GOOD, '.env\nbig/\n');
    const outcome = await checkEditStep(step, await options(folder));
    const failed = outcome.results.filter((result) => result.state !== 'pass').map((result) => `${result.kind}: ${result.message} ${result.detail.join(' | ')}`);
    expect(failed).toEqual([]);
    expect(outcome.passed).toBe(true);
    // The learner's files are as they were: the cache probe changed a copy.
    expect(readFileSync(join(folder, 'hello.sh'), 'utf8')).toBe('echo "hello from dt"\n');
  }, 180_000);

  it('fails each check with what is wrong and where to look', async () => {
    const folder = practiceFolder(BAD, '');
    const outcome = await checkEditStep(step, await options(folder));
    const byKind = (kind: string, nth = 0) => outcome.results.filter((result) => result.kind === kind)[nth]!;
    expect(outcome.passed).toBe(false);
    expect(byKind('builds').state).toBe('pass');
    expect(byKind('notRoot').message).toMatch(/runs as root: USER 0 is the root user/);
    expect(byKind('execForm').message).toMatch(/^CMD is in shell form \(CMD sh \/app\/hello.sh; exit 3\)/);
    expect(byKind('workdir').message).toMatch(/working directory is \/, expected \/app\. Set it with WORKDIR \/app/);
    expect(byKind('env').message).toBe('The variable GREETING is bonjour, expected hello. Look at the ENV line that sets it (a later ENV replaces an earlier one).');
    expect(byKind('label').message).toMatch(/label org.opencontainers.image.title is other, expected dt-hello/);
    expect(byKind('expose').message).toMatch(/Port 8080\/tcp is not exposed \(exposed: 9090\/tcp\)\. Add EXPOSE 8080\./);
    // The legacy builder keeps no layer for a RUN that changes nothing (RUN cd /app); BuildKit keeps one.
    expect(byKind('maxLayers').message).toMatch(builder === '0' ? /adds 5 layers to its FROM image, more than the 4 allowed/ : /adds 6 layers to its FROM image, more than the 4 allowed/);
    expect(byKind('maxSize').message).toMatch(/^The image is 2\d\.\d MiB, more than the 20\.0 MiB allowed/);
    expect(byKind('maxContext').message).toMatch(/context sent is 2\d\d\.\d KiB, more than the 64\.0 KiB allowed \(the biggest file: big\/blob\.bin, 200\.0 KiB\)/);
    expect(byKind('contextExcludes').message).toMatch(/^\.env is sent to the daemon with the build context/);
    expect(byKind('absent').message).toMatch(/^\/app\/build-tools is in the final image/);
    expect(byKind('run').message).toBe('A container of the image printed "hello from dt" and exited with 3; expected it to print "hello from dt" and exit with 0. Look at CMD (or ENTRYPOINT) and what it runs.');
    expect(byKind('run', 1).state).toBe('pass');
    expect(byKind('cacheReuse').message).toMatch(/^After a change to hello\.sh, the rebuild ran RUN echo "installing \(slow\)" && cp \/app\/motd\.t.* again instead of taking it from the cache\. Copy hello\.sh after the instructions that do not need it/);
    expect(byKind('cacheReuse', 1).message).toMatch(/^After a change to \.env, the rebuild ran COPY \. \/app\/, RUN echo "installing \(slow\)" .*, RUN dd .* again: the file still reaches the build/);
    for (const result of outcome.results.filter((entry) => entry.state === 'fail')) expect(result.message.length).toBeGreaterThan(30);
  }, 180_000);

  it('shows the error lines of a build that fails, and holds the other checks back', async () => {
    const folder = practiceFolder('FROM busybox:latest\nWORKDIR /app\nRUN echo about to fail && exit 7\n', '');
    const outcome = await checkEditStep(step, await options(folder));
    const builds = outcome.results[0]!;
    expect(builds.state).toBe('fail');
    expect(builds.message).toMatch(/does not build/);
    const detail = builds.detail.join('\n');
    expect(detail).toMatch(/RUN echo about to fail && exit 7[\s\S]*about to fail/);
    expect(detail).toMatch(builder === '0' ? /returned a non-zero code: 7/ : /exit code: 7/);
    expect(outcome.results.slice(1).map((result) => result.state)).toEqual(Array(checks.length - 1).fill('blocked'));
  }, 180_000);

  it('uses the lesson\'s own why for a failure and still shows what was found', async () => {
    const folder = practiceFolder(BAD, '');
    const withWhy: EditStep = { ...step, checks: [{ kind: 'maxLayers', layers: 4, why: 'Join the RUN lines.' }] };
    const outcome = await checkEditStep(withWhy, await options(folder));
    expect(outcome.results[0]).toMatchObject({ state: 'fail', message: 'Join the RUN lines.', detail: [builder === '0' ? 'Found: 5' : 'Found: 6'] });
  }, 180_000);
});
