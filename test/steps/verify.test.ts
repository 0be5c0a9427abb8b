import { beforeAll, describe, expect, it } from 'vitest';
import { inLanguage } from '../../src/i18n/index.js';
import type { TryCheck } from '../../src/lessons/model.js';
import { fillCheck } from '../../src/steps/run-try-step.js';
import { formatBytes, verifyCheck, type ContainerFacts, type Observations } from '../../src/steps/verify.js';


const oom: ContainerFacts = { name: 'dt-oom', image: 'busybox:latest', running: false, exitCode: 137, oomKilled: true, memory: 33554432, nanoCpus: 0 };
const web: ContainerFacts = { name: 'dt-web', image: 'busybox:latest', running: true, exitCode: undefined, oomKilled: false, memory: 67108864, nanoCpus: 500000000 };
const ran = (exitCode = 0, output = '') => ({ result: { exitCode, output } });

describe('verifyCheck', () => {
  it.each<[string, TryCheck, Observations, [string, boolean, string][]]>([
    ['an exit code that matches', { exitCode: 0 }, ran(0), [['exitCode', true, 'the command exited with 0']]],
    ['an exit code that does not', { exitCode: 0 }, ran(125), [['exitCode', false, 'the command exited with 125, expected 0']]],
    ['output found', { output: 'hello' }, ran(0, 'say hello\n'), [['output', true, 'the output contains "hello"']]],
    ['output missing', { output: 'hello' }, ran(0, 'bye'), [['output', false, 'the output does not contain "hello"']]],
    ['every text of a list, one result each', { output: ['dt-hello', '1.0', 'args'] }, ran(0, 'dt-hello  args\n'), [
      ['output', true, 'the output contains "dt-hello"'],
      ['output', false, 'the output does not contain "1.0"'],
      ['output', true, 'the output contains "args"'],
    ]],
    ['output that must not appear, absent', { outputNot: 'busybox' }, ran(0, 'dt-hello  1.0\n'), [['outputNot', true, 'the output does not contain "busybox"']]],
    ['output that must not appear, there: all images listed instead of one repository', { output: 'args', outputNot: ['busybox'] }, ran(0, 'dt-hello  args\nbusybox  latest\n'), [
      ['output', true, 'the output contains "args"'],
      ['outputNot', false, 'the output contains "busybox", and it should not'],
    ]],
    ['an OOM-killed container', { container: { name: 'dt-oom', exitCode: 137, oomKilled: true } }, { ...ran(137), container: oom }, [
      ['container.exitCode', true, 'a container named dt-oom exited with 137'],
      ['container.oomKilled', true, 'a container named dt-oom has OOMKilled true'],
    ]],
    ['a container still running when an exit was expected', { container: { name: 'dt-web', exitCode: 0 } }, { ...ran(), container: web }, [
      ['container.exitCode', false, 'a container named dt-web is still running, expected it to exit with 0'],
    ]],
    ['limits in docker units', { container: { name: 'dt-web', running: true, memory: '64m', cpus: 0.5 } }, { ...ran(), container: web }, [
      ['container.running', true, 'a container named dt-web is running'],
      ['container.memory', true, 'a container named dt-web has a memory limit of 67108864 bytes (64m)'],
      ['container.cpus', true, 'a container named dt-web may use 0.5 CPUs'],
    ]],
    ['limits that differ', { container: { name: 'dt-oom', memory: '64m', cpus: 1 } }, { ...ran(), container: oom }, [
      ['container.memory', false, 'a container named dt-oom has a memory limit of 33554432 bytes, expected 64m (67108864 bytes)'],
      ['container.cpus', false, 'a container named dt-oom has no CPU limit, expected 1'],
    ]],
    ['no matching container', { container: { name: 'dt-x' } }, { ...ran(), container: null }, [
      ['container', false, 'no container that docktutor created matches the name dt-x'],
    ]],
    ['an image that exists', { image: { ref: 'dt-hello:1.0' } }, { ...ran(), imageExists: true }, [['image', true, 'an image tagged dt-hello:1.0 exists']]],
    ['an image built with the asked-for argument kept in ENV', { image: { ref: 'dt-hello:args', env: { GREETING: 'bonjour' } } }, { ...ran(), imageExists: true, imageEnv: { GREETING: 'hello', PATH: '/bin' } }, [
      ['image', true, 'an image tagged dt-hello:args exists'],
      ['image.env.GREETING', false, 'the image dt-hello:args has GREETING=hello, expected GREETING=bonjour'],
    ]],
    ['a container that --rm removed', { removed: true }, { ...ran(), removed: true }, [['removed', true, 'the container was removed when it exited']]],
    ['a container left behind without --rm', { removed: true }, { ...ran(), removed: false }, [['removed', false, 'the container is still there after it exited (--rm removes it)']]],
    ['an image that should be gone', { image: { ref: 'dt-hello:1.0', exists: false } }, { ...ran(), imageExists: true }, [
      ['image', false, 'an image tagged dt-hello:1.0 exists, expected none'],
    ]],
    ['cached steps', { build: { cachedSteps: [3, 2] } }, { result: { exitCode: 0, output: '', build: { cachedSteps: [2, 3], contextBytes: 10 } } }, [
      ['build.cachedSteps', true, 'the build took steps 2, 3 from the cache'],
    ]],
    ['cached steps that differ', { build: { cachedSteps: [2, 3] } }, { result: { exitCode: 0, output: '', build: { cachedSteps: [], contextBytes: 10 } } }, [
      ['build.cachedSteps', false, 'the build took no step from the cache, expected steps 2, 3'],
    ]],
    ['every step cached, none ran', { build: { cachedSteps: [2] } }, { result: { exitCode: 0, output: '', build: { cachedSteps: [2, 3, 4], ranSteps: [], contextBytes: 10 } } }, [
      ['build.cachedSteps', false, 'every step came from the cache, expected only step 2: either the change this step asks for is missing, or you built exactly this before on this daemon (a lesson done a second time); in that case skip the step'],
    ]],
    ['context bounds', { build: { contextMaxBytes: 1048576, contextMinBytes: 100 } }, { result: { exitCode: 0, output: '', build: { cachedSteps: [], contextBytes: 2097152 } } }, [
      ['build.contextMaxBytes', false, 'the build context was 2.0 MiB, more than the 1.0 MiB allowed'],
      ['build.contextMinBytes', true, 'the build context was 2.0 MiB, at least the 100 B expected'],
    ]],
    ['a build check without a build', { build: { cachedSteps: [] } }, ran(), [['build', false, 'the command ran no build, so there is no build to check']]],
    ['a login', { login: { server: '127.0.0.1:5000', loggedIn: true } }, { ...ran(), loggedIn: true }, [['login', true, 'credentials for 127.0.0.1:5000 are stored']]],
    ['a logout that did not happen', { login: { server: 'r', loggedIn: false } }, { ...ran(), loggedIn: true }, [['login', false, 'credentials for r are stored, expected none']]],
    ['a pushed tag', { registry: { repo: 'dt-hello', tag: '1.0' } }, { ...ran(), registry: { host: 'r:5000', repo: 'dt-hello', tags: ['1.0'] } }, [
      ['registry', true, 'the registry r:5000 holds dt-hello:1.0'],
    ]],
    ['a missing tag', { registry: { repo: 'dt-hello', tag: '2.0' } }, { ...ran(), registry: { host: 'r:5000', repo: 'dt-hello', tags: ['1.0'] } }, [
      ['registry', false, 'the registry r:5000 does not hold dt-hello:2.0 (its tags: 1.0)'],
    ]],
  ])('%s', (_, check, seen, expected) => {
    expect(verifyCheck(check, seen).map((result) => [result.field, result.passed, result.why])).toEqual(expected);
  });

  it('speaks Korean', () => {
    expect(inLanguage('ko', () => verifyCheck({ exitCode: 0 }, ran(1)))[0]!.why).toBe('명령이 1로 끝났습니다. 0이어야 합니다');
  });
});

describe('fillCheck', () => {
  it('fills placeholders in every string of the check', () => {
    const check: TryCheck = { login: { server: '{{registry}}', loggedIn: true }, registry: { repo: '{{user}}/app', tag: '1' }, exitCode: 0 };
    expect(fillCheck(check, { image: 'busybox:latest', registry: '127.0.0.1:5001', user: 'me' })).toEqual({
      login: { server: '127.0.0.1:5001', loggedIn: true },
      registry: { repo: 'me/app', tag: '1' },
      exitCode: 0,
    });
  });
});

describe('formatBytes', () => {
  it.each<[number, string]>([[0, '0 B'], [1023, '1023 B'], [1536, '1.5 KiB'], [20971520, '20.0 MiB'], [1073741824, '1.0 GiB']])('%i -> %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
