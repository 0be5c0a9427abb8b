/**
 * `exec` whose exit code the daemon is slow to give, never gives, or cannot give: the output has ended,
 * and what the exec inspect says afterwards decides. A code recorded late is waited for; a process that
 * keeps running, an answer without a code and a daemon gone each end in one line with a non-zero exit
 * (255 for the daemon gone, as `docker exec` exits there), never a made-up 0.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { expectOneLine, json, runMeasured, startHostileDaemon, type HostileDaemon } from '../helpers/hostile-daemon.js';

let daemon: HostileDaemon | undefined;
afterEach(async () => {
  await daemon?.close();
  daemon = undefined;
});

/** One stdout frame of the multiplexed stream: header (stream 1, big-endian length) and payload. */
function frame(text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = 1;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/** Create and start as a daemon would (the output is one line, then ends); `inspect` answers GET /exec/e1/json. */
function execDaemon(inspect: (request: IncomingMessage, response: ServerResponse, sinceStart: number) => void) {
  let started = 0;
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '';
    if (/\/containers\/box\/exec$/.test(url)) return json('{"Id":"e1"}', 201)(request, response);
    if (/\/exec\/e1\/start$/.test(url)) {
      started = Date.now();
      return void response.writeHead(200, { 'Content-Type': 'application/vnd.docker.raw-stream' }).end(frame('hi\n'));
    }
    if (/\/exec\/e1\/json$/.test(url)) return inspect(request, response, Date.now() - started);
    json('{"message":"not here"}', 404)(request, response);
  };
}

const exec = ['try', '--no-explain', 'docker', 'exec', 'box', 'sh', '-c', 'echo hi'];

describe('exec, once the output has ended', () => {
  it('waits for an exit code the daemon records late (here 1.5 s after the output)', async () => {
    daemon = await startHostileDaemon(
      execDaemon((request, response, since) => json(since < 1500 ? '{"ID":"e1","Running":true,"ExitCode":null}' : '{"ID":"e1","Running":false,"ExitCode":3}')(request, response)),
    );
    const result = await runMeasured(exec, daemon.env);
    expect(result.stdout).toBe('hi\n');
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toBe('');
  });

  it('says so, exit 1, when the process is still running after the bound', async () => {
    daemon = await startHostileDaemon(execDaemon(json('{"ID":"e1","Running":true,"ExitCode":null}')));
    const result = await runMeasured(exec, daemon.env);
    expect(result.code, result.stderr).toBe(1);
    expectOneLine(result, /^docktutor: the command in the container closed its output but had not ended 5 s later; its exit code is unknown$/m);
    expect(result.stderr).toContain("docker exec box ps");
    // Bounded: a few seconds, not for as long as the process runs.
    expect(result.ms).toBeGreaterThanOrEqual(5000);
    expect(result.ms).toBeLessThan(15_000);
  }, 30_000);

  it.each([
    ['with a null code', '{"ID":"e1","Running":false,"ExitCode":null}'],
    ['without an ExitCode field', '{"ID":"e1","Running":false}'],
  ])('says so, exit 1, when the daemon reports the process ended %s', async (_case, answer) => {
    daemon = await startHostileDaemon(execDaemon(json(answer)));
    const result = await runMeasured(exec, daemon.env);
    expectOneLine(result, /^docktutor: the daemon did not give the exit code of the command in the container \(its answer carried no ExitCode\); it is unknown$/m);
    expect(result.code).toBe(1);
  }, 30_000);

  it('says the daemon went away, exit 255 as docker exec, when the question finds no daemon', async () => {
    daemon = await startHostileDaemon(execDaemon((_request, response) => void response.socket?.destroy()));
    const result = await runMeasured(exec, daemon.env);
    expectOneLine(result, /^docktutor: the Docker daemon went away while the command ran in the container \(.+\); its exit code is unknown$/m);
    expect(result.code).toBe(255);
  });

  it('names the refusal, exit 1, when the daemon no longer knows the exec', async () => {
    daemon = await startHostileDaemon(execDaemon(json('{"message":"No such exec instance: e1"}', 404)));
    const result = await runMeasured(exec, daemon.env);
    expectOneLine(result, /^docktutor: the daemon did not give the exit code of the command in the container \(No such exec instance: e1\); it is unknown$/m);
    expect(result.code).toBe(1);
  });
});
