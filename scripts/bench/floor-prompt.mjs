// The floor for an answer inside a session: the least a terminal program can do for a read command. It
// runs in the same pseudo-terminal, gets the same keys with the same pauses as docktutor's prompt, echoes
// what is typed, and at Enter makes the command's Engine API request in-process on a kept-alive connection,
// writes the answer's bytes and the next prompt. Above it, docktutor's own work: reading the line, parsing
// the command, checking and rendering the answer, the note, the prompt.
import { Agent, request } from 'node:http';
import { READ_COMMANDS } from './fixtures.mjs';

const byWords = new Map(READ_COMMANDS.map(({ words, path }) => [words, path]));
const socketPath = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const PROMPT = 'docktutor> ';
let line = '';

function answer(path) {
  const req = request({ socketPath, path, agent }, (res) => {
    const chunks = [];
    res.on('data', (chunk) => chunks.push(chunk));
    res.on('end', () => process.stdout.write(`${Buffer.concat(chunks)}\n${PROMPT}`));
  });
  req.on('error', (error) => process.stdout.write(`${error.message}\n${PROMPT}`));
  req.end();
}

process.stdin.setRawMode(true);
process.stdin.on('data', (data) => {
  const text = data.toString('utf8');
  if (text.includes('\u0003') || text.includes('\u0004')) {
    agent.destroy();
    process.exit(0);
  }
  for (const key of text) {
    if (key !== '\r') {
      line += key;
      process.stdout.write(key);
      continue;
    }
    const words = line.trim();
    line = '';
    process.stdout.write('\r\n');
    if (words === 'exit') {
      agent.destroy();
      process.exit(0);
    }
    const path = byWords.get(words);
    if (path) answer(path);
    else process.stdout.write(`unknown: ${words}\n${PROMPT}`);
  }
});
process.stdout.write(PROMPT);
