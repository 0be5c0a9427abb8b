/**
 * The whole learning loop through the real binary in a real terminal (tmux): open learn, read a step,
 * run a try-it step against the harness's daemon, answer a quiz question, Ctrl-C, reopen on the same
 * step, quit, and find all of it in progress --json.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect } from '../../src/docker/engine/connect.js';
import { RUN_LABEL } from '../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { Terminal } from './tmux.js';

const ROOT = resolve(import.meta.dirname, '../..');
const LESSONS = join(ROOT, 'test/fixtures/e2e-lessons');

// Without tmux the test is skipped and named in the skip line, unless daemon tests are required, where it fails.
describeDocker('learn end to end in a terminal', () => {
  const runLabel = uniqueName('e2e-learn');
  let home: string;
  let terminal: Terminal;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'dt-e2e-'));
    env = { ...process.env, DOCKTUTOR_HOME: home, DOCKTUTOR_RUN_LABEL: runLabel, TERM: 'xterm-256color', NO_COLOR: '1', LANG: 'C.UTF-8' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    terminal = new Terminal(ROOT, env);
  }, 180_000);

  afterAll(async () => {
    terminal?.close();
    if (home) await rm(home, { recursive: true, force: true });
    // --rm removes the container; anything left behind by a failure carries this run's label.
    const { docker } = await connect();
    const left = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${runLabel}`] } });
    await Promise.all(left.map((container) => docker.getContainer(container.Id).remove({ force: true })));
  });

  it('learns, runs, answers, survives Ctrl-C, resumes, and reports', async () => {
    const learn = `node bin/docktutor.js learn --lang en --lessons ${LESSONS}`;
    terminal.start(learn);
    await terminal.pressAfter(/Which lesson\?[\s\S]*Hello, container\s+\(not started\)/, 'Enter');
    await terminal.pressAfter(/Step 1\/2[\s\S]*ordinary process that the kernel runs[\s\S]*Next step/, 'Enter');
    await terminal.pressAfter(/Step 2\/2[\s\S]*Run a container from the practice image[\s\S]*Type the command/, 'Enter');
    // The prompt starts empty; Tab fills in the command the step shows.
    await terminal.pressAfter(/Your command:/, 'Tab');
    await terminal.pressAfter(/Your command: docker run --rm busybox:latest echo hello/, 'Enter');
    const ran = await terminal.waitFor(/Check passed[\s\S]*What next\?/, 60_000);
    expect(ran).toMatch(/^hello$/m);
    expect(ran).toContain('--rm removed it');
    await terminal.pressAfter(/❯ Take the quiz/, 'Enter');
    // The options are shuffled and the cursor starts on a wrong one: move it to the right answer.
    const asked = await terminal.waitFor(/Question 1 of 8[\s\S]*Which one is a read-only template\?[\s\S]*An image/);
    const options = asked.slice(asked.lastIndexOf('Which one is a read-only template?')).split('\n');
    const cursor = options.findIndex((line) => line.includes('❯'));
    const right = options.findIndex((line) => line.includes('An image'));
    expect(right).not.toBe(cursor);
    terminal.press(...Array<string>(Math.max(right - cursor, 0)).fill('Down'), ...Array<string>(Math.max(cursor - right, 0)).fill('Up'), 'Enter');
    await terminal.waitFor(/✔ Right\.[\s\S]*An image is the read-only template/);
    await terminal.pressAfter(/Question 2 of 8[\s\S]*Every container boots its own kernel/, 'C-c');
    expect(await terminal.waitFor(/EXIT=\d+/)).toMatch(/Your place is saved: node bin\/docktutor\.js learn brings you back here\.\s+EXIT=130/);

    terminal.start(learn);
    await terminal.pressAfter(/Hello, container\s+\(2\/2\)/, 'Enter');
    const resumed = await terminal.waitFor(/What next\?/);
    expect(resumed).toContain('Picking up where you left off: step 2 of 2.');
    expect(resumed).toContain('Run a container from the practice image');
    expect(resumed).not.toContain('ordinary process that the kernel runs');
    // Quit is the last action: one step up from the first wraps around to it.
    terminal.press('Up');
    await terminal.pressAfter(/❯ Quit \(your place is saved\)/, 'Enter');
    expect(await terminal.waitFor(/EXIT=\d+/)).toMatch(/Your place is saved[\s\S]*EXIT=0/);

    const report = JSON.parse(execFileSync('node', ['bin/docktutor.js', 'progress', '--json', '--lessons', LESSONS], { cwd: ROOT, env, encoding: 'utf8' }));
    expect(report.lessons).toHaveLength(1);
    expect(report.lessons[0]).toMatchObject({ id: 'hello', status: 'in-progress', currentStep: 2, stepsDone: 2, steps: 2, answers: 1, lastScore: null });
    expect(report.overall).toMatchObject({ stepsDone: 2, steps: 2, quizzesFinished: 0 });
    expect(report.missed).toEqual([]);
  }, 240_000);
}, ['busybox', 'tmux']);
