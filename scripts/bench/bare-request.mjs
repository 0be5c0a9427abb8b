// The floor for any Node.js tool: a bare process that sends the same Engine API request on the same
// socket and prints the body. No dependencies, no formatting.
import { request } from 'node:http';

const paths = { ps: '/containers/json?all=1', images: '/images/json', version: '/version', info: '/info' };
const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
const req = request({ socketPath: host.replace(/^unix:\/\//, ''), path: paths[process.argv[2]] ?? '/_ping' }, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => process.stdout.write(Buffer.concat(chunks)));
});
req.end();
