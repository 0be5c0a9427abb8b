// The four Engine API requests made in-process on a connection kept alive, back to back, each timed from
// sending it to the last byte of the answer: the daemon's own time, plus Node's HTTP client, when it is
// asked again at once. Reported beside the floor (floor-prompt.mjs), which asks at the pace of a prompt: a
// daemon and a machine left idle for the tens of milliseconds between two typed commands answer about a
// millisecond slower than when asked back to back. Usage: floor-requests.mjs ROUNDS ps images version info.
import { Agent, request } from 'node:http';
import { READ_COMMANDS } from './fixtures.mjs';

const paths = Object.fromEntries(READ_COMMANDS.map(({ name, path }) => [name, path]));
const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const [rounds, ...names] = process.argv.slice(2);

function ask(path) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ socketPath: host.replace(/^unix:\/\//, ''), path, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve((performance.now() - started) / 1000));
    });
    req.on('error', reject);
    req.end();
  });
}

const times = Object.fromEntries(names.map((name) => [name, []]));
// One round first, not counted: the connection opens and the client warms up, as in a session.
for (const name of names) await ask(paths[name]);
for (let round = 0; round < Number(rounds); round += 1) {
  for (const name of names) times[name].push(await ask(paths[name]));
}
agent.destroy();
process.stdout.write(`${JSON.stringify(times)}\n`);
