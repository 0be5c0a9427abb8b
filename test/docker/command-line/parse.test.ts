import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { DocktutorError } from '../../../src/errors.js';

describe('parseCommandLine', () => {
  it.each([
    ['docker ps -a', 'ps', { all: true }, []],
    ['ps -a', 'ps', { all: true }, []],
    ['docker container ls --all', 'ps', { all: true }, []],
    ['docker container ps -aq', 'ps', { all: true, quiet: true }, []],
    ['docker ps -n 2', 'ps', { last: '2' }, []],
    ['docker ps -n2', 'ps', { last: '2' }, []],
    ['docker ps --last=2', 'ps', { last: '2' }, []],
    ['docker ps -f status=exited --filter name=web', 'ps', { filter: ['status=exited', 'name=web'] }, []],
    ['docker images', 'images', {}, []],
    ['docker image ls busybox', 'images', {}, ['busybox']],
    ['docker images -q --no-trunc busybox', 'images', { quiet: true, 'no-trunc': true }, ['busybox']],
    ['docker images busybox --digests', 'images', { digests: true }, ['busybox']],
    ['docker run -it --rm busybox sh', 'run', { interactive: true, tty: true, rm: true }, ['busybox', 'sh']],
    ['docker run -ti busybox', 'run', { interactive: true, tty: true }, ['busybox']],
    ['docker container run -d busybox sleep 9', 'run', { detach: true }, ['busybox', 'sleep', '9']],
    ['docker run --name=web busybox', 'run', { name: 'web' }, ['busybox']],
    ['docker run --name web busybox', 'run', { name: 'web' }, ['busybox']],
    ['docker run --name a --name b busybox', 'run', { name: 'b' }, ['busybox']],
    ['docker run -e A=1 -eB=2 -e=C=3 --env D=4 busybox', 'run', { env: ['A=1', 'B=2', 'C=3', 'D=4'] }, ['busybox']],
    ['docker run --rm=false busybox', 'run', { rm: false }, ['busybox']],
    ['docker run -d=false busybox', 'run', { detach: false }, ['busybox']],
    ['docker run busybox ls -l', 'run', {}, ['busybox', 'ls', '-l']],
    ['docker run busybox sh -c "echo hi; exit 3"', 'run', {}, ['busybox', 'sh', '-c', 'echo hi; exit 3']],
    ['docker run --rm busybox --rm', 'run', { rm: true }, ['busybox', '--rm']],
    ['docker run -- busybox -x', 'run', {}, ['busybox', '-x']],
    ['docker run -m 64m --cpus 0.5 busybox', 'run', { memory: '64m', cpus: '0.5' }, ['busybox']],
    ['docker run -p 8080:80 -v /tmp:/data -w /data busybox', 'run', { publish: ['8080:80'], volume: ['/tmp:/data'], workdir: '/data' }, ['busybox']],
    ['docker run --entrypoint echo --network none busybox hi', 'run', { entrypoint: 'echo', network: 'none' }, ['busybox', 'hi']],
    ['docker exec -it web sh', 'exec', { interactive: true, tty: true }, ['web', 'sh']],
    ['docker exec -u root -w /tmp -e X=1 web env', 'exec', { user: 'root', workdir: '/tmp', env: ['X=1'] }, ['web', 'env']],
    ['docker exec web ls -la', 'exec', {}, ['web', 'ls', '-la']],
    ['docker build -t a:1 -t a:2 --build-arg V=1 --no-cache -f Dockerfile.dev .', 'build', { tag: ['a:1', 'a:2'], 'build-arg': ['V=1'], 'no-cache': true, file: 'Dockerfile.dev' }, ['.']],
    ['docker image build . --target base -q', 'build', { target: 'base', quiet: true }, ['.']],
    ['docker builder build .', 'build', {}, ['.']],
    ['docker pull -a busybox', 'pull', { 'all-tags': true }, ['busybox']],
    ['docker image pull busybox:1.36', 'pull', {}, ['busybox:1.36']],
    ['docker push -q localhost:5000/me/app:1', 'push', { quiet: true }, ['localhost:5000/me/app:1']],
    ['docker login -u me --password-stdin localhost:5000', 'login', { username: 'me', 'password-stdin': true }, ['localhost:5000']],
    ['docker logout localhost:5000', 'logout', {}, ['localhost:5000']],
    ['docker search --limit 5 -f is-official=true nginx', 'search', { limit: '5', filter: ['is-official=true'] }, ['nginx']],
    ['docker version', 'version', {}, []],
    ['docker system info', 'info', {}, []],
    ['docker ps --help', 'ps', { help: true }, []],
    ['docker run -h', 'run', { help: true }, []],
    ['docker run echo; ls', 'run', {}, ['echo;', 'ls']],
    ['docker run busybox echo $(id) `id` $HOME | cat', 'run', {}, ['busybox', 'echo', '$(id)', '`id`', '$HOME', '|', 'cat']],
  ])('%s', (line, name, flags, args) => {
    const parsed = parseCommandLine(line);
    expect(parsed.name).toBe(name);
    expect(parsed.flags).toEqual(flags);
    expect(parsed.args).toEqual(args);
  });

  it('keeps the words as typed', () => {
    expect(parseCommandLine(['docker', 'ps', '-a']).words).toEqual(['docker', 'ps', '-a']);
  });

  it.each([
    ['docker', /no docker command/],
    ['docker container', /after 'docker container' it supports: run, exec, ls, list, ps/],
    ['docker ps --format x', /unknown or unsupported flag '--format'; supported: -a\/--all/],
    ['docker ps -x', /unknown or unsupported flag '-x';/],
    ['docker ps -a;', /^docker ps: unknown or unsupported flag '-;' in '-a;'; supported: /],
    ['docker run --privileged busybox', /unsupported flag '--privileged';/],
    ['docker run --name', /flag --name needs a value/],
    ['docker run -e', /flag -e\/--env needs a value/],
    ['docker run --rm=maybe busybox', /invalid value "maybe" for --rm/],
    ['docker ps -n two', /invalid value "two" for -n\/--last: expected a whole number/],
    ['docker run -m 64q busybox', /invalid value "64q" for -m\/--memory/],
    ['docker run --cpus 0.0000000001 busybox', /invalid value "0.0000000001" for --cpus/],
    ['docker run', /'docker run' needs at least 1 argument: docker run \[OPTIONS\] IMAGE/],
    ['docker exec web', /needs at least 2 arguments/],
    ['docker ps extra', /'docker ps' takes no arguments/],
    ['docker images a b', /takes at most 1 argument/],
    ['docker build', /^'docker build' requires exactly 1 argument: docker build \[OPTIONS\] PATH$/],
    ['docker pull a b', /^'docker pull' requires exactly 1 argument/],
    ['docker ps ---x', /bad flag syntax/],
  ])('%s is refused', (line, message) => {
    let caught: unknown;
    try {
      parseCommandLine(line);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocktutorError);
    expect((caught as DocktutorError).message).toMatch(message);
    expect((caught as DocktutorError).message).not.toContain('\n');
    expect((caught as DocktutorError).exitCode).toBe(125);
  });
});
