/**
 * The screens around the lessons fit a narrow terminal: `progress`, `doctor`, `--help` and a refused
 * command at 60 columns (COLUMNS, as the output is not a terminal here), in English and Korean, measured
 * by display width, and a long message goes on under itself instead of running off the edge.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDoctor } from '../../src/cli/commands/doctor-format.js';
import { columnsOf } from '../../src/terminal/width.js';
import { cleanEnv, runCli } from '../helpers/cli.js';
import { describeDocker } from '../helpers/docker.js';

const home = mkdtempSync(join(tmpdir(), 'docktutor-fit-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const widest = (text: string) => Math.max(...text.split('\n').map((line) => columnsOf(line)));
const at60 = (lang: string, extra: NodeJS.ProcessEnv = {}) => cleanEnv({ COLUMNS: '60', DOCKTUTOR_HOME: home, LANG: lang === 'ko' ? 'ko_KR.UTF-8' : 'C.UTF-8', ...extra });

describe.each(['en', 'ko'])('at 60 columns (%s)', (lang) => {
  it.each([[['--help']], [['lessons', '--help']], [['try', '--help']], [['progress']], [['lessons']]])('%j fits', async (args) => {
    const result = await runCli(args, { env: at60(lang) });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').length).toBeGreaterThan(3);
    expect(widest(result.stdout)).toBeLessThanOrEqual(60);
  });

  it('the error for an unsupported command fits, its hint hanging under the label', async () => {
    const kill = await runCli(['try', 'docker', 'kill', 'web'], { env: at60(lang) });
    expect(kill.code).toBe(1); // the docker CLI's code for a command it does not run here
    expect(kill.stderr).toMatch(/docker kill/);
    expect(kill.stderr.split('\n').length).toBeGreaterThan(2);
    expect(widest(kill.stderr)).toBeLessThanOrEqual(60);
    const flag = await runCli(['try', 'docker', 'ps', '--format', '{{.ID}}'], { env: at60(lang) });
    expect(flag.code).toBe(125);
    const lines = flag.stderr.trimEnd().split('\n');
    expect(widest(flag.stderr)).toBeLessThanOrEqual(60);
    const hint = lines.findIndex((line) => /^ {2}(hint|도움말): /.test(line));
    expect(hint).toBeGreaterThan(0);
    // Every line of the hint after its first starts under the hint's text, not at the label.
    const under = columnsOf(/^ {2}(hint|도움말): /.exec(lines[hint]!)![0]);
    for (const line of lines.slice(hint + 1)) expect(line.startsWith(' '.repeat(under))).toBe(true);
    // Without a daemon too: doctor's report, whose problem is the failure and its fix, each wrapped.
    const doctor = await runCli(['doctor', '-H', `unix://${home}/${'no-daemon-here-'.repeat(4)}.sock`], { env: at60(lang) });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/ENOENT/);
    expect(widest(doctor.stdout)).toBeLessThanOrEqual(60);
  });
});

describe('doctor at 60 columns', () => {
  it('wraps a long value under itself and a fix under the fix', () => {
    const text = formatDoctor(
      {
        address: 'unix:///home/someone/.docker/desktop/docker-cli-plugins/run/docker.sock',
        source: 'from DOCKER_HOST',
        client: 'docktutor 0.1.0 on Node.js v20.20.2, Engine API 1.45 (speaking 1.41)',
        server: 'Docker Engine 28.1.1, API 1.49 (oldest supported 1.24)',
        platform: 'linux/amd64, kernel 6.8.0-45-generic',
        image: 'busybox:latest is not here',
        problems: [{ problem: 'the practice image busybox:latest is not on this daemon', fix: 'pull it: docktutor try docker pull busybox:latest (or set DOCKTUTOR_IMAGE to an image you have)' }],
      },
      60,
    );
    expect(widest(text)).toBeLessThanOrEqual(60);
    const lines = text.split('\n');
    const address = lines.findIndex((line) => line.includes('unix://'));
    expect(lines[address + 1]).toMatch(/^ {18}\S/);
    expect(lines.find((line) => line.startsWith('    fix: '))).toBeDefined();
    expect(lines.some((line) => /^ {9}\S/.test(line))).toBe(true);
  });
});

describeDocker('on the daemon at 60 columns', () => {
  it.each(['en', 'ko'])('doctor fits (%s)', async (lang) => {
    const result = await runCli(['doctor'], { env: at60(lang, { DOCKER_HOST: process.env.DOCKER_HOST }) });
    expect(result.stdout).toMatch(/docktutor doctor/);
    expect(widest(result.stdout)).toBeLessThanOrEqual(60);
  });

  it.each(['en', 'ko'])('the "What happened" note wraps whole words under its indent (%s)', async (lang) => {
    const result = await runCli(['try', 'docker', 'run', '--rm', 'busybox', 'echo', 'hello'], { env: at60(lang, { DOCKER_HOST: process.env.DOCKER_HOST }) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('hello\n');
    // What docker itself would print (the daemon's warnings) is left as docker prints it; the note is docktutor's.
    const all = result.stderr.trimEnd().split('\n');
    const note = all.slice(all.findIndex((line) => /^(What happened|무슨 일)/.test(line)));
    expect(note.length).toBeGreaterThan(4);
    expect(widest(note.join('\n'))).toBeLessThanOrEqual(60);
    // Below the heading every line, a request or the sentence going on, keeps the note's two-space indent.
    for (const line of note.slice(1)) expect(line).toMatch(/^ {2}\S/);
    // Joined again, the sentence is whole: nothing was cut inside a word.
    const sentence = note.slice(1).filter((line) => !/^ {2}(GET|POST|PUT|DELETE|HEAD) /.test(line)).map((line) => line.trim()).join(' ');
    expect(sentence).toMatch(lang === 'en' ? /exited with code 0, then docktutor removed the container \(--rm\)\.$/ : /\S$/);
  });
});
