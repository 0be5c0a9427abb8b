// Inside one session: the practice prompt (`docktutor try`) answering read commands, each timed from
// Enter to the next prompt in a pseudo-terminal, and the floor: the same requests in-process on a
// connection kept alive (floor-requests.mjs).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READ_COMMANDS } from './fixtures.mjs';
import { inTerminal } from './measure.mjs';

const FLOOR = join(dirname(fileURLToPath(import.meta.url)), 'floor-requests.mjs');
const PROMPT = 'docktutor> ';

/** One practice prompt: each command once untimed (it loads and, for the first, connects), then `repeat` rounds of all four. */
export function timePracticePrompt({ bin, repeat, env }) {
  const plan = [{ wait: [PROMPT] }];
  // The command is typed first, then Enter alone is timed.
  const line = (words, label) => [{ send: words, wait: [words], settle: 0.02 }, { send: '\r', wait: [PROMPT], label, settle: 0.02 }];
  for (const { words } of READ_COMMANDS) plan.push(...line(words, 'warm-up'));
  for (let run = 0; run < repeat; run += 1) {
    for (const { name, words } of READ_COMMANDS) plan.push(...line(words, name));
  }
  return inTerminal({ argv: [process.execPath, bin, 'try'], end: 'exit\r', steps: plan }, env).times;
}

/** The floor: `repeat` rounds of the four requests in one process, on one kept-alive connection. */
export function timeFloorRequests({ repeat, env }) {
  return JSON.parse(execFileSync(process.execPath, [FLOOR, String(repeat), ...READ_COMMANDS.map((command) => command.name)], { env, encoding: 'utf8' }));
}
