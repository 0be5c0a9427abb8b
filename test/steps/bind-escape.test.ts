/**
 * A step's container makes a link in the practice folder (it is bind-mounted there), and the next step
 * mounts `./notes` through it: the daemon resolves the link on the host, so without a check the step
 * appends to a file outside the practice folder. Run against the real daemon, where that really happens.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import type { Lesson } from '../../src/lessons/model.js';
import { runTryStep } from '../../src/steps/index.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { capture, freshHome, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('bind-escape');
const { home, dockerConfig } = freshHome('bind-escape');
const env = { ...process.env, DOCKTUTOR_HOME: home, DOCKER_CONFIG: dockerConfig, DOCKTUTOR_RUN_LABEL: RUN };
const outside = mkdtempSync(join(tmpdir(), 'dt-bind-outside-'));
const victim = join(outside, 'victim.txt');

/** One lesson, one step per command. */
function lessonOf(...commands: string[]): Lesson {
  return {
    id: 'bind-escape', title: 'Binds', order: 1, summary: 's', objectives: ['o'], minutes: 1, generate: [], lang: 'en', dir: '/nonexistent', file: 'x.md',
    questions: [],
    steps: commands.map((command, index) => ({ title: `Step ${index}`, markdown: '', line: index, questionIds: [], tryStep: { id: `s${index}`, command, hint: 'h', explain: 'e', check: { exitCode: 0 }, line: index } })),
  };
}

describeDocker('a bind mount through a link a step made', () => {
  beforeAll(() => {
    setLang('en');
    writeFileSync(victim, 'mine\n');
  });

  afterAll(async () => {
    await removeRun(RUN);
    rmSync(dirname(home), { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('mounts a real folder of the practice folder, and refuses one that leads outside', async () => {
    const connection = await stepConnection();
    const lesson = lessonOf(
      'docker run --rm -v .:/w {{image}} sh -c "mkdir -p /w/data && echo inside > /w/data/f"',
      `docker run --rm -v .:/w {{image}} ln -s ${outside} /w/notes`,
      'docker run --rm -v ./notes:/notes {{image}} sh -c "echo pwned >> /notes/victim.txt"',
    );
    const run = async (step: number) => {
      const io = capture();
      const outcome = await runTryStep(lesson, step, { connection, ...io, env, explain: false });
      return { outcome, text: io.text() };
    };
    const inside = await run(0);
    expect(inside.outcome.exitCode).toBe(0);
    const practice = join(home, 'workspace', 'bind-escape');
    expect(readFileSync(join(practice, 'data', 'f'), 'utf8')).toBe('inside\n');

    expect((await run(1)).outcome.exitCode).toBe(0);
    const escaping = await run(2);
    expect(escaping.outcome.exitCode).toBe(125);
    expect(escaping.outcome.passed).toBe(false);
    expect(escaping.text).toContain(`'./notes:/notes' leads to ${outside}`);
    expect(readFileSync(victim, 'utf8')).toBe('mine\n');
    expect(readdirSync(outside)).toEqual(['victim.txt']);
  });
});
