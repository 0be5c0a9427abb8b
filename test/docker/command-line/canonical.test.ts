import { describe, expect, it } from 'vitest';
import { canonicalCommand, normalizeImageReference } from '../../../src/docker/command-line/canonical.js';
import { DocktutorError } from '../../../src/errors.js';

describe('canonicalCommand', () => {
  it.each([
    [['docker container ls --all', 'docker ps -a', 'docker ps --all', 'ps -a', 'docker container ps -a'], 'docker ps --all'],
    [['docker run -it --rm busybox sh', 'docker run -i -t --rm busybox sh', 'docker run --interactive --tty --rm busybox:latest sh', 'run --rm -ti docker.io/library/busybox sh'], 'docker run --interactive --rm --tty busybox:latest sh'],
    [['docker run -e B=2 -e A=1 busybox env', 'docker run -e A=1 -e B=2 busybox env'], 'docker run --env=A=1 --env=B=2 busybox:latest env'],
    [['docker run -m 64m busybox', 'docker run --memory=64M busybox', 'docker run --memory 67108864 busybox'], 'docker run --memory=67108864 busybox:latest'],
    [['docker run --cpus 0.50 busybox', 'docker run --cpus=.5 busybox'], 'docker run --cpus=0.5 busybox:latest'],
    [['docker run --rm=false busybox', 'docker run busybox'], 'docker run busybox:latest'],
    [['docker images -q', 'docker image ls --quiet'], 'docker images --quiet'],
    [['docker run busybox echo "a b"', "docker run busybox echo 'a b'"], "docker run busybox:latest echo 'a b'"],
    [['docker build -t b -t a .', 'docker image build --tag a --tag b .'], 'docker build --tag=a --tag=b .'],
    [['docker system info', 'docker info'], 'docker info'],
    [['docker ps -n 02', 'docker ps --last 2'], 'docker ps --last=2'],
  ])('%j -> %s', (lines, canonical) => {
    for (const line of lines) expect(canonicalCommand(line)).toBe(canonical);
  });

  it.each([
    ['docker run busybox echo a b', 'docker run busybox echo b a'],
    ['docker ps -a', 'docker ps'],
    ['docker run busybox ls -l', 'docker run busybox ls'],
  ])('%s differs from %s', (a, b) => {
    expect(canonicalCommand(a)).not.toBe(canonicalCommand(b));
  });

  it('keeps shell syntax as literal words', () => {
    expect(canonicalCommand('docker run busybox echo $(id); ls')).toBe("docker run busybox:latest echo '$(id);' ls");
  });

  it('writes a command docker has only under its group in the group\'s words', () => {
    expect(canonicalCommand('docker container prune -f')).toBe('docker container prune --force');
    expect(canonicalCommand('docker container rm -f web')).toBe('docker rm --force web');
  });

  it('throws a DocktutorError for a line it cannot read', () => {
    expect(() => canonicalCommand('docker kill x')).toThrow(DocktutorError);
    expect(() => canonicalCommand("docker run 'x")).toThrow(DocktutorError);
  });
});

describe('normalizeImageReference', () => {
  it.each([
    ['busybox', 'busybox:latest'],
    ['busybox:1.36', 'busybox:1.36'],
    ['docker.io/library/busybox', 'busybox:latest'],
    ['docker.io/me/app', 'me/app:latest'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['localhost:5000/app:2', 'localhost:5000/app:2'],
    ['busybox@sha256:abc', 'busybox@sha256:abc'],
  ])('%s -> %s', (input, output) => {
    expect(normalizeImageReference(input)).toBe(output);
  });
});
