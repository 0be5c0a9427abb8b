// Inside one session: the practice prompt (`docktutor try`) answering read commands, each timed from
// Enter to the next prompt in a pseudo-terminal, and the floor: a program in a terminal of its own, given
// the same keys with the same pauses in turns with it, that makes the same request in-process on a
// kept-alive connection and writes the answer and a prompt (floor-prompt.mjs). Also reported: the requests
// back to back in one process (floor-requests.mjs), with no terminal and no pause between them.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READ_COMMANDS } from './fixtures.mjs';
import { inTerminal } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BACK_TO_BACK = join(here, 'floor-requests.mjs');
const FLOOR_PROMPT = join(here, 'floor-prompt.mjs');
const PROMPT = 'docktutor> ';

/**
 * The practice prompt and the floor side by side, each in its terminal, command after command in turns
 * (so that whatever the machine does at a moment falls on both): each command once untimed (it loads
 * and, for the first, connects), then `repeat` rounds of all four. Returns each one's times by command.
 */
export function timePromptAndFloor({ bin, repeat, env }) {
  const programs = { prompt: { argv: [process.execPath, bin, 'try'], end: 'exit\r' }, floor: floorProgram() };
  const steps = [{ program: 'prompt', wait: [PROMPT] }, { program: 'floor', wait: [PROMPT] }];
  const line = (program, words, label) => [
    { program, send: words, wait: [words], settle: 0.02 },
    { program, send: '\r', wait: [PROMPT], label, settle: 0.02 },
  ];
  for (const { words } of READ_COMMANDS) steps.push(...line('prompt', words, 'warm-up'), ...line('floor', words, 'warm-up'));
  for (let run = 0; run < repeat; run += 1) {
    for (const { name, words } of READ_COMMANDS) steps.push(...line('prompt', words, name), ...line('floor', words, name));
  }
  return byProgram(inTerminal({ programs, steps }, env).times);
}

/** The floor program (floor-prompt.mjs), as a program of a side-by-side plan. */
export function floorProgram() {
  return { argv: [process.execPath, FLOOR_PROMPT], end: 'exit\r' };
}

/** The floor's keys for one command, as the practice prompt gets them: typed, then Enter, timed. */
export function floorSteps(words, label) {
  return [
    { program: 'floor', send: words, wait: [words], settle: 0.02 },
    { program: 'floor', send: '\r', wait: [PROMPT], label, settle: 0.02 },
  ];
}

/** `{ "prompt:ps": [...] }` as `{ prompt: { ps: [...] } }`. */
export function byProgram(times) {
  const out = {};
  for (const [key, list] of Object.entries(times)) {
    const [program, label] = key.split(/:(.*)/s);
    (out[program] ??= {})[label] = list;
  }
  return out;
}

/** `repeat` rounds of the four requests in one process, back to back, on one kept-alive connection. */
export function timeBackToBack({ repeat, env }) {
  return JSON.parse(execFileSync(process.execPath, [BACK_TO_BACK, String(repeat), ...READ_COMMANDS.map((command) => command.name)], { env, encoding: 'utf8' }));
}
