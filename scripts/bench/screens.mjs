// learn in a pseudo-terminal: the first step screen of `learn 1`, and one session of the benchmark
// lesson (bench/fixtures.mjs) that moves from step to step, then runs each read command at its try step.
import { join } from 'node:path';
import { inTerminal } from './measure.mjs';
import { READ_COMMANDS } from './fixtures.mjs';

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
 * prompt coming back.
 */
export function timeLearnSession({ bin, lessons, textSteps, repeat, env, home }) {
  const plan = [{ wait: ['Step 1/', SELECT_HELP] }];
  for (let step = 2; step <= textSteps + 1; step += 1) plan.push({ send: '\r', wait: [`Step ${step}/`, SELECT_HELP], label: 'step', settle: 0.02 });
  READ_COMMANDS.forEach(({ name, words }, index) => {
    // The command is typed first, then Enter alone is timed.
    const typed = { send: `docker ${words}`, wait: [words], settle: 0.02 };
    plan.push({ send: '\r', wait: [COMMAND_PROMPT], settle: 0.02 }, typed, { send: '\r', wait: [SELECT_HELP], label: 'warm-up', settle: 0.02 });
    for (let run = 0; run < repeat; run += 1) {
      // Passed: the menu is Next, Type the command, ...; Down picks the second.
      plan.push({ send: '\u001b[B\r', wait: [COMMAND_PROMPT], settle: 0.02 }, typed, { send: '\r', wait: [SELECT_HELP], label: name, settle: 0.02 });
    }
    if (index < READ_COMMANDS.length - 1) plan.push({ send: '\r', wait: [`Step ${textSteps + index + 2}/`, SELECT_HELP], settle: 0.02 });
  });
  const env2 = { ...env, DOCKTUTOR_LESSONS: lessons, DOCKTUTOR_HOME: join(home, 'learn') };
  return inTerminal({ argv: [process.execPath, bin, 'learn', 'bench'], end: '\u0003', steps: plan }, env2).times;
}
