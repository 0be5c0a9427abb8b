/** `docktutor try` through the built binary: one command, its exit code, the note, and the practice prompt. */
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/docker/commands/table.js';
import { connect } from '../../src/docker/engine/connect.js';
import { RUN_LABEL } from '../../src/docker/engine/labels.js';
import { cleanEnv, runCli } from '../helpers/cli.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';

const RUN = uniqueName('try-cli');
/** The harness's daemon, with this file's run label on everything it creates. */
const daemonEnv = () => ({ ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', DOCKTUTOR_RUN_LABEL: RUN });

describe('docktutor try without a daemon', () => {
  it.each([
    [['try', 'docker', 'ps', '--format', '{{.ID}}'], /^docktutor: docker ps: unknown or unsupported flag '--format'; supported: -a\/--all, .*-h\/--help\n {2}hint: see the flags docktutor supports with 'node bin\/docktutor\.js try docker ps --help'\n$/],
    [['try', 'docker', 'build'], /^docktutor: 'docker build' requires exactly 1 argument: docker build \[OPTIONS\] PATH\n$/],
    [['try', 'docker', 'search', 'a', 'b'], /^docktutor: 'docker search' requires exactly 1 argument: docker search \[OPTIONS\] TERM\n$/],
    [['try', 'docker', 'run'], /^docktutor: 'docker run' needs at least 1 argument: docker run \[OPTIONS\] IMAGE \[COMMAND\] \[ARG\.\.\.\]\n$/],
  ])('%j fails in one line with exit code 125', async (args, message) => {
    const result = await runCli(args, { env: cleanEnv({ DOCKER_HOST: 'unix:///nonexistent.sock' }) });
    expect(result.code).toBe(125);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it.each([
    [['try', 'docker', 'stoop', 'web'], /^docktutor: unknown command: docker stoop\n {2}hint: did you mean 'docker stop'\?\n$/],
    [['try', 'docker', 'kill', 'web'], /^docktutor: 'docker kill' is a docker command docktutor does not run: run it with the docker CLI in your own terminal \(docktutor runs only the commands its lessons teach, .*\)\n$/],
  ])('%j fails in one line with exit code 1, as the docker CLI does for a command it does not know', async (args, message) => {
    const result = await runCli(args, { env: cleanEnv({ DOCKER_HOST: 'unix:///nonexistent.sock' }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('prints usage for --help without asking a daemon', async () => {
    const result = await runCli(['try', 'docker', 'container', 'ls', '--help'], { env: cleanEnv({ DOCKER_HOST: 'unix:///nonexistent.sock' }) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: {2}docker ps \[OPTIONS\]\n/);
    expect(result.stdout).toContain('  -a, --all ');
  });

  it.each([
    [['try', 'docker', '--help']],
    [['try', 'docker', 'help']],
  ])('%j lists the supported commands, one line each', async (args) => {
    const result = await runCli(args, { env: cleanEnv({ DOCKER_HOST: 'unix:///nonexistent.sock' }) });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^ {2}docker run \[OPTIONS\] IMAGE \[COMMAND\] \[ARG\.\.\.\] +Create and run a new container from an image$/m);
    expect(result.stdout.match(/^ {2}docker \w+/gm)).toHaveLength(COMMAND_NAMES.length);
    expect(result.stdout).toMatch(/^ {2}docker volume create \[OPTIONS\] \[VOLUME\] +Create a volume$/m);
    expect(result.stdout).toMatch(/^ {2}docker container prune \[OPTIONS\] +Remove all stopped containers docktutor created$/m);
  });

  it.each([
    [['try', '-H', 'unix:///elsewhere.sock', 'docker', 'ps']],
    [['try', '--host=unix:///elsewhere.sock', 'docker', 'ps']],
    [['try', 'docker', '-H', 'unix:///elsewhere.sock', 'ps']],
  ])('%j takes -H before or right after docker', async (args) => {
    const result = await runCli(args, { env: cleanEnv({ DOCKER_HOST: 'unix:///nonexistent.sock' }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot connect to the Docker daemon at unix:\/\/\/elsewhere\.sock/);
  });

  it('reports an unreachable daemon in a message and a hint, no stack', async () => {
    const result = await runCli(['try', 'docker', 'ps'], { env: cleanEnv({ DOCKER_HOST: 'unix:///nonexistent.sock' }) });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Cannot connect to the Docker daemon at unix:\/\/\/nonexistent\.sock/);
    expect(lines[1]).toMatch(/hint: /);
  });

  it('speaks Korean with --lang ko', async () => {
    const result = await runCli(['--lang', 'ko', 'try', 'docker', 'kill', 'web'], { env: cleanEnv() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('docktutor가 실행하지 않는 docker 명령입니다');
  });
});

describeDocker('docktutor try with the daemon', () => {
  afterAll(async () => {
    const { docker } = await connect();
    const left = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(left.map((container) => docker.getContainer(container.Id).remove({ force: true })));
  });

  it('runs one command, passes on its exit code, and explains on stderr', async () => {
    const result = await runCli(['try', 'docker', 'run', '--rm', 'busybox', 'sh', '-c', 'echo hello; exit 7'], { env: daemonEnv() });
    expect(result.code).toBe(7);
    expect(result.stdout).toBe('hello\n');
    expect(result.stderr).toContain('What happened (Engine API requests):');
    expect(result.stderr).toContain('POST /containers/{id}/start → 204');
  });

  it.each([
    [['ps', '--filter', 'bogus=1'], /^ {2}hint: the filter keys this command supports: id, name, label, exited, status, .*is-task/m],
    [['images', '--filter', 'bogus=x'], /^ {2}hint: the filter keys this command supports: dangling, label, before, since, reference/m],
  ])('docker %j: an unknown filter key gets a hint with the supported keys, and the note does not claim a list', async (words, hint) => {
    const result = await runCli(['try', 'docker', ...words], { env: daemonEnv() });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^docktutor: Error response from daemon: Invalid filter 'bogus'$/m);
    expect(result.stderr).toMatch(hint);
    expect(result.stderr).toContain('The daemon answered with an error; nothing was changed.');
    expect(result.stderr).not.toMatch(/The daemon listed/);
  });

  it('leaves the note out with --no-explain or DOCKTUTOR_NO_EXPLAIN=1', async () => {
    // Only this file's containers: other test files run against the same daemon at the same time.
    const mine = `label=${RUN_LABEL}=${RUN}`;
    const flag = await runCli(['try', '--no-explain', 'docker', 'ps', '-a', '-f', mine], { env: daemonEnv() });
    const variable = await runCli(['try', 'ps', '-a', '-f', mine], { env: { ...daemonEnv(), DOCKTUTOR_NO_EXPLAIN: '1' } });
    for (const result of [flag, variable]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^CONTAINER ID {3}IMAGE {5}COMMAND /);
      expect(result.stderr).not.toContain('What happened');
    }
  });

  it('reads lines from a piped practice prompt, keeps going after an error, and leaves on exit', async () => {
    const input = ['help', 'clear', 'docker kill x', "run --rm busybox echo 'from the prompt; not a shell'", 'exit', 'version'].join('\n');
    const result = await runCli(['try', '--no-explain'], { env: daemonEnv(), input });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('docker run [OPTIONS] IMAGE [COMMAND] [ARG...]');
    expect(result.stderr).toContain("'docker kill' is a docker command docktutor does not run");
    expect(result.stdout).toContain('from the prompt; not a shell\n');
    expect(result.stdout).not.toContain('Client: docktutor');
    expect(result.stderr).not.toContain("'docker clear'");
  });
});
