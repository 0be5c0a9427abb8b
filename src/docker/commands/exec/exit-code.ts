/**
 * The exit code of an exec's process, read back from the daemon once its output has ended. The output
 * can close a moment before the daemon records the end (and a process may close its output and linger),
 * so the daemon is asked again with a growing pause, up to a bound. A code that cannot be known is never
 * reported as 0, which a lesson check would take for success: each such case ends in one line.
 */
import type Docker from 'dockerode';
import { setTimeout as sleep } from 'node:timers/promises';
import { DocktutorError } from '../../../errors.js';
import { containerMessages } from '../../../i18n/containers.js';
import { connectionError, daemonReason } from '../../engine/errors.js';
import { DaemonAnswerError } from '../../engine/guard-answers.js';
import { execCommandMessages } from './messages.js';

/** How long a process whose output has ended may take to be recorded as ended. */
export const EXIT_CODE_WAIT_MS = 5000;
/** The longest pause between two questions: short enough that a code recorded late is not waited for long. */
const LONGEST_PAUSE_MS = 250;
/**
 * What `docker exec` exits with when the daemon cannot be reached for the exit code (the CLI's
 * StatusError{StatusCode: -1}, seen by the shell as 255); docker prints nothing there, docktutor says why.
 */
export const DAEMON_GONE_EXIT_CODE = 255;

export type UnknownBecause = 'daemon-gone' | 'still-running' | 'no-answer';

/** The exec's exit code is unknown; `because` picks the "What happened" sentence. */
export class ExitCodeUnknown extends DocktutorError {
  constructor(
    readonly because: UnknownBecause,
    message: string,
    options: { hint: string; exitCode: number; cause?: unknown },
  ) {
    super('daemon', message, options);
    this.name = 'ExitCodeUnknown';
  }
}

interface ExecState {
  Running?: unknown;
  ExitCode?: unknown;
}

/** `target`: the container as the learner named it, for the hint. */
export async function readExitCode(exec: Pick<Docker.Exec, 'inspect'>, target: string, url: string, waitMs = EXIT_CODE_WAIT_MS): Promise<number> {
  const deadline = Date.now() + waitMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    const state = await inspectExec(exec, url);
    const code = state.ExitCode;
    // A process not yet recorded as ended may still show no code: asked again until the bound.
    if (state.Running !== true && typeof code === 'number' && Number.isInteger(code)) return code;
    const left = deadline - Date.now();
    if (left <= 0) throw state.Running === true ? stillRunning(target, waitMs) : noExitCode(execCommandMessages().noExitCodeField);
    await sleep(Math.min(pause, left));
  }
}

function stillRunning(target: string, waitMs: number): ExitCodeUnknown {
  const m = execCommandMessages();
  return new ExitCodeUnknown('still-running', m.stillRunning(Math.round(waitMs / 1000)), { hint: m.stillRunningHint(target), exitCode: 1 });
}

function noExitCode(reason: string, cause?: unknown): ExitCodeUnknown {
  const m = execCommandMessages();
  return new ExitCodeUnknown('no-answer', m.noExitCode(reason), { hint: m.noExitCodeHint, exitCode: 1, cause });
}

async function inspectExec(exec: Pick<Docker.Exec, 'inspect'>, url: string): Promise<ExecState> {
  try {
    const state = (await exec.inspect()) as unknown;
    if (state === null || typeof state !== 'object' || Buffer.isBuffer(state)) return {};
    return state as ExecState;
  } catch (error) {
    throw inspectFailed(error, url);
  }
}

/**
 * A broken connection (refused, reset, an answer cut off) means the daemon went away; a refusal (the
 * exec or its container gone) or an answer that is not JSON is the daemon's, and says only that no code came.
 */
function inspectFailed(error: unknown, url: string): DocktutorError {
  // An answer of the wrong shape is the daemon's own one line (it names the field): passed on as it is.
  if (error instanceof DaemonAnswerError && error.field !== undefined) return error;
  const gone = connectionError(error, url) ?? (error instanceof DaemonAnswerError && error.reason === 'unexpected EOF' ? error : undefined);
  if (!gone) return noExitCode(daemonReason(error), error);
  const m = containerMessages();
  return new ExitCodeUnknown('daemon-gone', m.execDaemonGone(gone.message.replace(/\.$/, '')), { hint: m.daemonGoneHint, exitCode: DAEMON_GONE_EXIT_CODE, cause: error });
}
