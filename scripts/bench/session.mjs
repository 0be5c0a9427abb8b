// Inside one session: the practice prompt (`docktutor try`) answering read commands, each timed from
// Enter to the next prompt in a pseudo-terminal, and the floor: a program in the same terminal, given
// the same keys with the same pauses, that makes the same request in-process on a kept-alive connection
// and writes the answer and a prompt (floor-prompt.mjs). Also reported: the requests back to back in one
// process (floor-requests.mjs), with no terminal and no pause between them.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READ_COMMANDS } from './fixtures.mjs';
import { inTerminal } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BACK_TO_BACK = join(here, 'floor-requests.mjs');
const FLOOR_PROMPT = join(here, 'floor-prompt.mjs');
const PROMPT = 'docktutor> ';

/** One practice prompt: each command once untimed (it loads and, for the first, connects), then `repeat` rounds of all four. */
export function timePracticePrompt({ bin, repeat, env }) {
  return timePrompt([process.execPath, bin, 'try'], repeat, env);
}

/** The floor, driven exactly as the practice prompt is. */
export function timeFloorPrompt({ repeat, env }) {
  return timePrompt([process.execPath, FLOOR_PROMPT], repeat, env);
}

function timePrompt(argv, repeat, env) {
  const plan = [{ wait: [PROMPT] }];
  // The command is typed first, then Enter alone is timed.
  const line = (words, label) => [{ send: words, wait: [words], settle: 0.02 }, { send: '\r', wait: [PROMPT], label, settle: 0.02 }];
  for (const { words } of READ_COMMANDS) plan.push(...line(words, 'warm-up'));
  for (let run = 0; run < repeat; run += 1) {
    for (const { name, words } of READ_COMMANDS) plan.push(...line(words, name));
  }
  return inTerminal({ argv, end: 'exit\r', steps: plan }, env).times;
}

/** `repeat` rounds of the four requests in one process, back to back, on one kept-alive connection. */
export function timeBackToBack({ repeat, env }) {
  return JSON.parse(execFileSync(process.execPath, [BACK_TO_BACK, String(repeat), ...READ_COMMANDS.map((command) => command.name)], { env, encoding: 'utf8' }));
}
