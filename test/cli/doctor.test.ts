import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextDigest } from '../../src/docker/engine/address.js';
import { connect } from '../../src/docker/engine/connect.js';
import { COMMAND_LABEL } from '../../src/docker/engine/labels.js';
import { cleanEnv, runCli } from '../helpers/cli.js';
import { describeDocker, dockerStatus, uniqueName } from '../helpers/docker.js';

const scratch = mkdtempSync(join(tmpdir(), 'docktutor-doctor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Without an answer doctor still prints its report: the address and the setting it came from, the
 * client, and the failure as the problem with its fix; exit code 1, nothing on stderr, no stack trace.
 * Returns the report with its wrapping undone, for what a test checks further.
 */
function expectUnreachableReport(result: { code: number | null; stdout: string; stderr: string }, where: string, problem: RegExp): string {
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('');
  const text = result.stdout.replace(/\s+/g, ' ');
  expect(text).toContain(`Daemon address ${where}`);
  expect(text).toMatch(/Client docktutor \d+\.\d+\.\d+\S* on Node\.js v\d+\S*, Engine API 1\.\d+ Server no answer/);
  expect(text).toMatch(new RegExp(`Problems found: ✗ ${problem.source} fix: \\S`));
  // Nothing is known of the daemon's platform or images: no row pretends otherwise.
  expect(text).not.toMatch(/OS\/Arch|Practice image/);
  expect(result.stdout).not.toMatch(/\n\s+at /);
  return text;
}

function listen(server: Server, target: string | number): Promise<number> {
  return new Promise((resolve) => {
    server.listen(target, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

describe('doctor without a daemon', () => {
  it('names the missing socket and says how to start the daemon', async () => {
    const result = await runCli(['doctor', '-H', `unix://${scratch}/missing.sock`], { env: cleanEnv() });
    const text = expectUnreachableReport(
      result,
      `unix://${scratch}/missing.sock (from --host)`,
      new RegExp(`Cannot connect to the Docker daemon at unix://${scratch}/missing.sock \\(ENOENT\\)\\.`),
    );
    expect(text).toMatch(/fix: Is the daemon running\?/);
  });

  it('reports a refused connection on the address from DOCKER_HOST', async () => {
    const server = createServer();
    const port = await listen(server, 0);
    await new Promise((resolve) => server.close(resolve));
    const result = await runCli(['doctor'], { env: cleanEnv({ DOCKER_HOST: `tcp://127.0.0.1:${port}` }) });
    expectUnreachableReport(result, `tcp://127.0.0.1:${port} (from DOCKER_HOST)`, new RegExp(`.*tcp://127.0.0.1:${port} \\(ECONNREFUSED\\)\\.`));
  });

  it('gives up after the timeout when nothing answers', async () => {
    const server = createServer(() => undefined);
    const port = await listen(server, 0);
    try {
      const result = await runCli(['doctor', '-H', `tcp://127.0.0.1:${port}`], { env: cleanEnv({ DOCKTUTOR_CONNECT_TIMEOUT_MS: '800' }) });
      expectUnreachableReport(result, `tcp://127.0.0.1:${port} (from --host)`, /The Docker daemon at \S+ did not answer in time\./);
    } finally {
      server.close();
    }
  });

  it('reports a TLS handshake that fails', async () => {
    const server = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    const port = await listen(server, 0);
    try {
      const result = await runCli(['doctor', '-H', `tcp://127.0.0.1:${port}`], { env: cleanEnv({ DOCKER_TLS: '1', DOCKER_CERT_PATH: scratch }) });
      const text = expectUnreachableReport(result, `tcp://127.0.0.1:${port} (from --host)`, /TLS handshake .* failed.*/);
      expect(text).toMatch(/fix: Check DOCKER_CERT_PATH/);
    } finally {
      server.close();
    }
  });

  it('names unreadable TLS files', async () => {
    const result = await runCli(['doctor'], {
      env: cleanEnv({ DOCKER_HOST: 'tcp://127.0.0.1:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: join(scratch, 'nocerts') }),
    });
    expectUnreachableReport(result, 'tcp://127.0.0.1:2376 (from DOCKER_HOST)', /cannot read the TLS CA certificate at .*nocerts\/ca.pem/);
  });

  it('says permission denied, and how to fix it, for a socket the user may not open', async () => {
    const socketPath = join(scratch, 'locked.sock');
    const server = createServer(() => undefined);
    await listen(server, socketPath);
    chmodSync(socketPath, 0o600);
    chmodSync(scratch, 0o755);
    try {
      // As root every socket opens, so the attempt runs as the unprivileged user `nobody`.
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      if (process.getuid?.() !== 0) chmodSync(socketPath, 0o000);
      const result = await runCli(['doctor', '-H', `unix://${socketPath}`], { env: cleanEnv({ HOME: scratch }), ...asNobody });
      const text = expectUnreachableReport(result, `unix://${socketPath} (from --host)`, /Permission denied while connecting to the Docker daemon at unix:\/\/.*locked.sock\./);
      expect(text).toMatch(/fix: Add your user to the docker group/);
    } finally {
      server.close();
    }
  });

  it('names a context that does not exist', async () => {
    const config = join(scratch, 'config-ghost');
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'ghost' }));
    const result = await runCli(['doctor'], { env: cleanEnv({ DOCKER_CONFIG: config }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Docker context 'ghost' not found/);
  });

  it('says where else it looked when nothing is configured and nothing answers', async () => {
    const runtime = join(scratch, 'xdg-empty');
    mkdirSync(runtime, { recursive: true });
    const result = await runCli(['doctor'], { env: cleanEnv({ HOME: scratch, XDG_RUNTIME_DIR: runtime }) });
    if (existsSync('/var/run/docker.sock')) {
      // This machine has a system daemon socket: docktutor must have tried it first, whatever it answered.
      expect(`${result.stdout}${result.stderr}`).toContain('unix:///var/run/docker.sock');
    } else {
      const text = expectUnreachableReport(
        result,
        'unix:///var/run/docker.sock (the default socket)',
        /Cannot connect to the Docker daemon at unix:\/\/\/var\/run\/docker.sock \(ENOENT\)\./,
      );
      expect(text).toContain(`fix: Also looked for rootless Docker, Docker Desktop and Podman at ${runtime}/docker.sock, ${scratch}/.docker/run/docker.sock`);
    }
  });

  it('speaks Korean with --lang ko', async () => {
    const result = await runCli(['doctor', '--lang', 'ko', '-H', `unix://${scratch}/missing.sock`], { env: cleanEnv() });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const text = result.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`데몬 주소 unix://${scratch}/missing.sock (--host에서)`);
    expect(text).toMatch(/클라이언트 docktutor \S+, Node\.js v\S+, Engine API 1\.\d+ 서버 응답 없음/);
    expect(text).toMatch(/발견된 문제: ✗ \S+에서 Docker 데몬에 연결할 수 없습니다 \(ENOENT\)\. 해결: 데몬이 실행 중인가요\?/);
  });
});

describeDocker('doctor on a real daemon', () => {
  let daemonHost = '';
  beforeAll(() => {
    daemonHost = dockerStatus.address;
  });

  it('prints the address, how it was chosen, versions and the practice image', async () => {
    const result = await runCli(['doctor'], { env: cleanEnv({ DOCKER_HOST: daemonHost }) });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Daemon address  ${daemonHost} (from DOCKER_HOST)`);
    expect(result.stdout).toMatch(/Server\s+Docker Engine \d+\.\d+\.\d+\S*, API 1\.\d+ \(oldest supported 1\.\d+\)/);
    expect(result.stdout).toMatch(/Client\s+docktutor \d+\.\d+\.\d+ on Node\.js v\d+/);
    expect(result.stdout).toMatch(/OS\/Arch\s+linux\/\w+/);
    expect(result.stdout).toMatch(/Practice image\s+busybox:latest present \([0-9a-f]{12}, /);
    expect(result.stdout).toContain('No problems found');
    expect(result.code).toBe(0);
  });

  it('finds the daemon through currentContext in config.json', async () => {
    const config = join(scratch, 'config-context');
    const meta = join(config, 'contexts', 'meta', contextDigest('sandbox'));
    mkdirSync(meta, { recursive: true });
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: {}, currentContext: 'sandbox' }));
    writeFileSync(join(meta, 'meta.json'), JSON.stringify({ Name: 'sandbox', Metadata: {}, Endpoints: { docker: { Host: daemonHost, SkipTLSVerify: false } } }));
    const result = await runCli(['doctor'], { env: cleanEnv({ DOCKER_CONFIG: config }) });
    expect(result.stdout).toContain(`${daemonHost} (from currentContext in config.json, context 'sandbox')`);
    expect(result.code).toBe(0);
  });

  it('finds a daemon at the rootless socket when the default one is silent, and says how to make it the default', async () => {
    if (existsSync('/var/run/docker.sock')) return expect(existsSync('/var/run/docker.sock')).toBe(true);
    const runtime = join(scratch, 'xdg-rootless');
    mkdirSync(runtime, { recursive: true });
    symlinkSync(daemonHost.replace(/^unix:\/\//, ''), join(runtime, 'docker.sock'));
    const result = await runCli(['doctor'], { env: cleanEnv({ HOME: scratch, XDG_RUNTIME_DIR: runtime }) });
    expect(result.stdout).toContain(`unix://${runtime}/docker.sock (found by looking beyond the default socket)`);
    expect(result.stdout).toContain(`✗ the default socket did not answer; using rootless Docker at ${runtime}/docker.sock`);
    expect(result.stdout).toContain(`fix: export DOCKER_HOST=unix://${runtime}/docker.sock`);
    expect(result.code).toBe(1);
  });

  it('looks inside the practice image: one that only carries the name, without /etc/passwd and /tmp, is a problem', async () => {
    const { docker } = await connect({ host: daemonHost });
    const ref = `${uniqueName('bare')}:1`;
    // An image holding nothing but /bin/sh (an empty script: it never runs).
    const tar = pack();
    tar.entry({ name: 'bin/sh', mode: 0o755 }, '#!/bin/false\n');
    tar.finalize();
    const [repo, tag] = ref.split(':');
    const progress = (await docker.importImage(tar as unknown as Readable, { repo, tag, changes: ['CMD ["sh"]'] })) as Readable;
    await new Promise((resolve, reject) => docker.modem.followProgress(progress, (error: unknown) => (error ? reject(error) : resolve(undefined))));
    try {
      const result = await runCli(['doctor'], { env: cleanEnv({ DOCKER_HOST: daemonHost, DOCKTUTOR_IMAGE: ref }) });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(new RegExp(`Practice image\\s+${ref} present`));
      expect(result.stdout).toContain(`✗ ${ref} lacks /etc/passwd and /tmp, which the lessons use`);
      // The command is named as this install runs it: `docktutor` on the PATH, else `node bin/docktutor.js`.
      expect(result.stdout.replace(/\s+/g, ' ')).toMatch(
        /fix: use Docker Hub's busybox: (docktutor|node \S*docktutor\.js) try docker pull busybox \(or set DOCKTUTOR_IMAGE to an image that has \/bin\/sh, \/etc\/passwd, and \/tmp\)/,
      );
      // The container doctor created to look inside is gone.
      const left = await docker.listContainers({ all: true, filters: { ancestor: [ref], label: [`${COMMAND_LABEL}=doctor`] } });
      expect(left).toEqual([]);
    } finally {
      await docker.getImage(ref).remove({ force: true });
    }
  });

  it('reports a missing practice image as a problem with its fix', async () => {
    const result = await runCli(['doctor'], { env: cleanEnv({ DOCKER_HOST: daemonHost, DOCKTUTOR_IMAGE: 'docktutor-absent/nothing:none' }) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ docktutor-absent/nothing:none is missing');
    // Named as this install runs it: the tests start bin/docktutor.js with node from the project folder.
    expect(result.stdout).toContain('fix: pull it: node bin/docktutor.js try docker pull docktutor-absent/nothing:none');
  });
});
