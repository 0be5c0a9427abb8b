/**
 * Something on the Docker socket that is not a well-behaved daemon: a small HTTP server on a unix
 * socket in a temp folder, served by the test, that pings like a daemon and then answers a list or an
 * inspect with a cut-off body, text that is not JSON, JSON of another shape, or 300 MB. docktutor (the
 * built binary) must end each with one line naming the daemon and a non-zero exit, read no more than
 * its cap, and stay small in memory. A `run` whose wait answer carries no exit code must end in 125.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { expectOneLine, json, runMeasured, startHostileDaemon, type Answer, type HostileDaemon } from '../helpers/hostile-daemon.js';

let daemon: HostileDaemon | undefined;

afterEach(async () => {
  await daemon?.close();
  daemon = undefined;
});

/** Pings as a daemon of API 1.45 would; every other request goes to `answer`. Closed after each test. */
async function hostileDaemon(answer: Answer): Promise<HostileDaemon> {
  daemon = await startHostileDaemon(answer);
  return daemon;
}

/** The headers and the start of a body, then the connection drops: a daemon killed mid-answer. */
const cutOff = (start: string): Answer => (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(start.length + 1000) });
  response.write(start, () => setTimeout(() => response.socket?.destroy(), 50));
};


const commands: [string, string[], string][] = [
  ['ps', ['ps', '-a'], 'GET /containers/json'],
  ['images', ['images'], 'GET /images/json'],
  ['volume ls', ['volume', 'ls'], 'GET /volumes'],
  ['inspect', ['inspect', '--type', 'container', 'dt-x'], 'GET /containers/dt-x/json'],
];

describe('an answer on the Docker socket that cannot be used', () => {
  it.each(commands)('%s: cut off mid-answer', async (_name, words, request) => {
    const { host, env } = await hostileDaemon(cutOff('[{"Id":"abc","Na'));
    const result = await runMeasured(['try', '--no-explain', 'docker', ...words], env);
    expectOneLine(result, new RegExp(`The Docker daemon at ${host} closed the connection before its answer to ${request} was complete`));
  });

  it.each(commands)('%s: not JSON', async (_name, words, request) => {
    const { host, env } = await hostileDaemon(json('[{"Id": oops'));
    const result = await runMeasured(['try', '--no-explain', 'docker', ...words], env);
    expectOneLine(result, new RegExp(`The Docker daemon at ${host} answered ${request} with something that is not valid JSON`));
  });

  it.each<[string, string, string[], string]>([
    ['ps', '(the whole answer)', ['ps'], '{"message":"not a list"}'],
    ['ps', '0.Id', ['ps'], '[{"Id":5,"Names":["/a"]}]'],
    ['images', '0.RepoTags', ['images'], '[{"Id":"sha256:1","RepoTags":"x","Created":1,"Size":1}]'],
    ['volume ls', 'Volumes.0.Name', ['volume', 'ls'], '{"Volumes":[{"Name":null,"Driver":"local"}]}'],
  ])('%s: JSON of another shape, wrong at %s', async (_name, where, words, body) => {
    const { env } = await hostileDaemon(json(body));
    const result = await runMeasured(['try', '--no-explain', 'docker', ...words], env);
    expectOneLine(result, /answered GET \/\w+\/?\w* with something docktutor cannot read/);
    expect(result.stderr).toContain(`(at ${where})`);
  });

  it.each([
    ['ps', ['ps', '-a']],
    ['inspect', ['inspect', '--type', 'container', 'dt-x']],
  ])('%s: a 300 MB answer is cut at 64 MiB, in bounded memory', async (_name, words) => {
    const total = 300 * 1024 * 1024;
    let sent = 0;
    const { env } = await hostileDaemon((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const item = `${JSON.stringify({ Id: 'a'.repeat(64), Names: ['/x'], Image: 'busybox', ImageID: 'sha256:b', Command: 'sh', Created: 1, Ports: [], Status: 'Up', Labels: { pad: 'p'.repeat(800) } })},`;
      const chunk = item.repeat(64);
      response.write('[');
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end('{}]');
      };
      pump();
    });
    const result = await runMeasured(['try', '--no-explain', 'docker', ...words], env);
    expectOneLine(result, /sent more than 64 MiB in answer to GET \/containers\/[\w-]+\/?\w*; docktutor stopped reading/);
    // Cut off soon after the cap (what was in flight in the socket's buffers), and far below the whole answer.
    expect(sent).toBeLessThan(100 * 1024 * 1024);
    expect(result.maxRssKb).toBeLessThan(400 * 1024);
  }, 60_000);
});

/** Enough of a container inspect answer for every reader of one. */
const CONTAINER_X = '{"Id":"abc","Name":"/x","State":{"Running":true,"ExitCode":0},"Config":{"Tty":true},"HostConfig":{}}';

/** Answers the requests the table names (method and path without the version prefix) and 404s the rest. */
function routed(table: Record<string, Answer>): Answer {
  return (request, response) => {
    const path = (request.url ?? '').split('?')[0]!.replace(/^\/v\d+\.\d+/, '');
    const answer = table[`${request.method} ${path}`];
    if (answer) return answer(request, response);
    response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"not here"}');
  };
}

const progress = (lines: string): Answer => (_request, response) => void response.writeHead(200, { 'Content-Type': 'application/json' }).end(lines);

describe('every JSON answer is checked for the fields docktutor reads', () => {
  // [command, request named, field named, what the daemon answers]
  it.each<[string, string[], string, string, Record<string, Answer>]>([
    ['info', ['info'], 'GET /info', 'Containers', { 'GET /info': json('{"Containers":"x"}') }],
    ['version', ['version'], 'GET /version', '(the whole answer)', { 'GET /version': json('[]') }],
    ['system df', ['system', 'df'], 'GET /system/df', 'Images.0.Id', { 'GET /system/df': json('{"Images":[{"Id":1}]}') }],
    ['history', ['history', 'busybox'], 'GET /images/busybox/history', '(the whole answer)', { 'GET /images/busybox/history': json('"hello"') }],
    ['search', ['search', 'busybox'], 'GET /images/search', '0.name', { 'GET /images/search': json('[{"name":5}]') }],
    ['container prune', ['container', 'prune', '--all-objects', '-f'], 'POST /containers/prune', 'ContainersDeleted', { 'POST /containers/prune': json('{"ContainersDeleted":"x"}') }],
    ['image prune', ['image', 'prune', '--all-objects', '-f'], 'POST /images/prune', 'ImagesDeleted.0.Deleted', { 'POST /images/prune': json('{"ImagesDeleted":[{"Deleted":5}]}') }],
    ['image prune (own)', ['image', 'prune', '-f'], 'GET /system/df', '(the whole answer)', { 'GET /system/df': json('null') }],
    ['rmi', ['rmi', 'busybox'], 'DELETE /images/busybox', '(the whole answer)', { 'DELETE /images/busybox': json('{"Deleted":"x"}') }],
    ['tag (image inspect)', ['tag', 'busybox', 'mine'], 'GET /images/busybox/json', 'Id', { 'GET /images/busybox/json': json('{"Id":["x"],"Size":1}') }],
    ['logs (container inspect)', ['logs', 'x'], 'GET /containers/x/json', 'State', { 'GET /containers/x/json': json('{"Id":"abc","Name":"/x","State":"running","HostConfig":{}}') }],
    ['run (create)', ['run', '-d', 'busybox'], 'POST /containers/create', 'Id', { 'POST /containers/create': json('{"Warnings":[]}') }],
    ['exec (create)', ['exec', 'x', 'true'], 'POST /containers/x/exec', 'Id', { 'POST /containers/x/exec': json('{"Id":null}') }],
    [
      'exec (inspect)',
      ['exec', 'x', 'true'],
      'GET /exec/e1/json',
      'Running',
      {
        'POST /containers/x/exec': json('{"Id":"e1"}'),
        'POST /exec/e1/start': (_request, response) => void response.writeHead(200, { 'Content-Type': 'application/vnd.docker.raw-stream' }).end(),
        'GET /exec/e1/json': json('{"Running":"no","ExitCode":0}'),
      },
    ],
  ])('%s: wrong shape names %s at %s', async (_name, words, request, where, table) => {
    const { host, env } = await hostileDaemon(routed(table));
    const result = await runMeasured(['try', '--no-explain', 'docker', ...words], env);
    expectOneLine(result, new RegExp(`The Docker daemon at ${host} answered ${request} with something docktutor cannot read \\(at ${where.replace(/[()]/g, '\\$&')}\\)`));
  });

  it.each<[string, string[], string, string, Record<string, Answer>]>([
    ['pull', ['pull', 'busybox'], 'POST /images/create', 'status', { 'POST /images/create': progress('{"status":"Pulling from library/busybox","id":"latest"}\n{"status":{"x":1}}\n') }],
    ['push', ['push', 'localhost:5000/mine'], 'POST /images/localhost:5000/mine/push', '(the whole answer)', { 'POST /images/localhost:5000/mine/push': progress('null\n') }],
  ])('%s: a progress message of another shape names %s at %s', async (_name, words, request, where, table) => {
    const { host, env } = await hostileDaemon(routed(table));
    const result = await runMeasured(['try', '--no-explain', 'docker', ...words], env);
    expectOneLine(result, new RegExp(`The Docker daemon at ${host} sent a progress message in answer to ${request} that docktutor cannot read \\(at ${where.replace(/[()]/g, '\\$&')}\\)`));
  });
});

describe('a log, which is streamed rather than held', () => {
  /** A container `x` with a TTY whose log is what `logs` writes. */
  const logDaemon = (logs: Answer): Answer => (request, response) => {
    if ((request.url ?? '').includes('/containers/x/json')) return json(CONTAINER_X)(request, response);
    if ((request.url ?? '').includes('/containers/abc/logs')) return logs(request, response);
    response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"not here"}');
  };

  it('prints a log larger than the answer cap whole, without holding it', async () => {
    const total = 80 * 1024 * 1024;
    const { env } = await hostileDaemon(
      logDaemon((_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/vnd.docker.raw-stream' });
        const chunk = Buffer.alloc(1024 * 1024, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent < total) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        pump();
      }),
    );
    const child = spawn('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, BIN, 'try', '--no-explain', 'docker', 'logs', 'x'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((done) => child.on('close', done));
    expect(stderr).not.toMatch(/docktutor:/);
    expect(printed).toBe(total);
    // The whole log was never in memory at once: far less than its 80 MiB beside node's own ~50 MB.
    expect(Number(/peak-rss-kb=(\d+)/.exec(stderr)?.[1])).toBeLessThan(200 * 1024);
  }, 60_000);

  it('says the log is incomplete when the connection drops before its end', async () => {
    const { host, env } = await hostileDaemon(
      logDaemon((_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/vnd.docker.raw-stream' });
        response.write('first line\n', () => setTimeout(() => response.socket?.destroy(), 50));
      }),
    );
    const result = await runMeasured(['try', '--no-explain', 'docker', 'logs', 'x'], env);
    expect(result.stdout).toBe('first line\n');
    expectOneLine(result, new RegExp(`The Docker daemon at ${host} closed the connection before its answer to GET /containers/abc/logs was complete`));
  });
});

describe('a wait answer without an exit code', () => {
  /** Enough of a daemon for `run`: create, attach (output ends at once), start, and `wait` as given. */
  const runDaemon = (wait: Answer): Answer => (request, response) => {
    const url = request.url ?? '';
    if (url.includes('/containers/create')) return void response.writeHead(201, { 'Content-Type': 'application/json' }).end('{"Id":"c0ffee","Warnings":[]}');
    if (url.includes('/attach')) return void response.writeHead(200, { 'Content-Type': 'application/vnd.docker.raw-stream' }).end();
    if (url.includes('/start')) return void response.writeHead(204).end();
    if (url.includes('/wait')) return wait(request, response);
    response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"not here"}');
  };

  it.each<[string, Answer, string]>([
    ['cut off after the headers', cutOff(''), 'error waiting for container: unexpected EOF'],
    ['an empty body', (_request, response) => void response.writeHead(200, { 'Content-Type': 'application/json' }).end(), 'error waiting for container: unexpected EOF'],
    ['no StatusCode', json('{}'), "error waiting for container: the daemon's answer carried no exit code (StatusCode)"],
    ['an Error', json('{"StatusCode":0,"Error":{"Message":"the runtime lost the container"}}'), 'error waiting for container: the runtime lost the container'],
    [
      'a StatusCode that is not a number',
      json('{"StatusCode":"0"}'),
      'error waiting for container: The Docker daemon at \\S+ answered POST /containers/c0ffee/wait with something docktutor cannot read (at StatusCode)',
    ],
  ])('run exits 125 on %s', async (_name, wait, line) => {
    const { env } = await hostileDaemon(runDaemon(wait));
    const result = await runMeasured(['try', '--no-explain', 'docker', 'run', 'busybox', 'true'], env);
    expect(result.code, result.stderr).toBe(125);
    expectOneLine(result, new RegExp(`docktutor: ${line.replace(/[()]/g, '\\$&')}`));
  });
});
