/**
 * The docker CLI's confirmation before a prune: the warning, "Are you sure you want to continue? [y/N] "
 * on stdout, and one line read from stdin, where only y or Y goes on. docktutor asks only a terminal:
 * without one (a script, a lesson check) it refuses unless -f was given, instead of reading whatever
 * the pipe holds as the answer.
 */
import { createInterface } from 'node:readline';
import { DocktutorError } from '../../errors.js';
import type { CommandContext } from './types.js';

export interface ConfirmText {
  /** `WARNING! This will remove all stopped containers.` */
  warning: string;
  /** The one-line refusal when stdin is not a terminal. */
  needsTerminal: string;
}

/** True to go on. Throws the refusal for a non-terminal; Ctrl-C or end of input answer no. */
export async function confirmPrune(context: CommandContext, text: ConfirmText): Promise<boolean> {
  if (context.stdin.isTTY !== true) throw new DocktutorError('needs-terminal', text.needsTerminal, { exitCode: 1 });
  context.stdout.write(`${text.warning}\nAre you sure you want to continue? [y/N] `);
  const lines = createInterface({ input: context.stdin, terminal: false });
  try {
    const answer = await new Promise<string | undefined>((resolve) => {
      const onInterrupt = () => {
        context.stdout.write('\n');
        resolve(undefined);
      };
      process.once('SIGINT', onInterrupt);
      lines.once('line', (line) => {
        process.off('SIGINT', onInterrupt);
        resolve(line);
      });
      lines.once('close', () => {
        process.off('SIGINT', onInterrupt);
        resolve(undefined);
      });
    });
    return answer !== undefined && answer.trim().toLowerCase() === 'y';
  } finally {
    lines.close();
  }
}
