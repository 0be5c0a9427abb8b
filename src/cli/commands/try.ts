/**
 * `docktutor try`: with a docker command, runs it once (try-once.ts); with none, opens the practice prompt.
 */
import type { AppContext } from '../../app/context.js';
import { tryOnce } from './try-once.js';

export async function tryCommand(context: AppContext): Promise<void> {
  const { words, help } = context.invocation;
  if (words.length === 0 && help === undefined) {
    await (await import('../practice-shell.js')).runPracticeShell(context);
    return;
  }
  await tryOnce(context);
}
