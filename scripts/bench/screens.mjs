// learn in a pseudo-terminal: the first step screen of `learn 1`, and one session of the benchmark
// lesson (bench/fixtures.mjs) that moves from step to step, then runs each read command at its try step.
import { join } from 'node:path';
import { inTerminal } from './measure.mjs';
import { READ_COMMANDS } from './fixtures.mjs';
import { byProgram, floorProgram, floorSteps } from './session.mjs';

const FLOOR_PROMPT = 'docktutor> ';

/** Inquirer's key help under a select prompt: drawn only while it waits for a key, not on the answered line. */
export const SELECT_HELP = '⏎ select';
const COMMAND_PROMPT = 'Your command:';

/** From the start of `learn 1` to its first step and the prompt under it; against a bare request's answer in the same terminal. */
export function timeFirstScreen({ bin, bare, title, env }) {
  const learn = inTerminal({ argv: [process.execPath, bin, 'learn', '1'], end: '\u0003', steps: [{ wait: [title, 'Step 1/', SELECT_HELP], label: 'first' }] }, env);
  const floor = inTerminal({ argv: [process.execPath, bare, 'version'], steps: [{ wait: ['ApiVersion'], label: 'first' }] }, env);
  return { learn: learn.times.first ?? [], floor: floor.times.first ?? [] };
}

/** From Enter to the next screen and its prompt, against a program that only writes such a screen at each Enter. */
export function timeFloorScreens({ echo, steps, env }) {
  const plan = [{ wait: ['Step 1/', SELECT_HELP] }];
  for (let step = 2; step <= steps + 1; step += 1) plan.push({ send: '\r', wait: [`Step ${step}/`, SELECT_HELP], label: 'step', settle: 0.02 });
  return inTerminal({ argv: [process.execPath, echo], end: '\u0003', steps: plan }, env).times.step ?? [];
}

/**
 * One learn session of the benchmark lesson: Enter through its text steps (step-to-step screens), then
 * at each try step type the command `repeat` times more after a first, untimed run (which loads the
 * command and, for the first, connects), each timed from Enter (the command typed already) to the step's
 * menu coming back; after each, the floor program (session.mjs) in its own terminal answers the same
 * command. Returns `{ learn: { step, ps, ... }, floor: { ps, ... } }`.
 */
export function timeLearnSession({ bin, lessons, textSteps, repeat, env, home }) {
  const plan = [{ program: 'learn', wait: ['Step 1/', SELECT_HELP] }, { program: 'floor', wait: [FLOOR_PROMPT] }];
  const learn = (step) => plan.push({ program: 'learn', settle: 0.02, ...step });
  for (let step = 2; step <= textSteps + 1; step += 1) learn({ send: '\r', wait: [`Step ${step}/`, SELECT_HELP], label: 'step' });
  READ_COMMANDS.forEach(({ name, words }, index) => {
    // The command is typed first, then Enter alone is timed; the floor gets the same command in turn.
    const typed = { send: `docker ${words}`, wait: [words] };
    learn({ send: '\r', wait: [COMMAND_PROMPT] });
    learn(typed);
    learn({ send: '\r', wait: [SELECT_HELP], label: 'warm-up' });
    plan.push(...floorSteps(words, 'warm-up'));
    for (let run = 0; run < repeat; run += 1) {
      // Passed: the menu is Next, Type the command, ...; Down picks the second.
      learn({ send: '\u001b[B\r', wait: [COMMAND_PROMPT] });
      learn(typed);
      learn({ send: '\r', wait: [SELECT_HELP], label: name });
      // learn writes the step's pass once its menu is up: that is done before the floor is timed.
      learn({ settle: 0.05 });
      plan.push(...floorSteps(words, name));
    }
    if (index < READ_COMMANDS.length - 1) learn({ send: '\r', wait: [`Step ${textSteps + index + 2}/`, SELECT_HELP] });
  });
  const learnEnv = { DOCKTUTOR_LESSONS: lessons, DOCKTUTOR_HOME: join(home, 'learn') };
  const programs = { learn: { argv: [process.execPath, bin, 'learn', 'bench'], end: '\u0003', env: learnEnv }, floor: floorProgram() };
  return byProgram(inTerminal({ programs, steps: plan }, env).times);
}
