/**
 * `docktutor try docker <command>` alone, the command run most often, which should start as fast as a
 * docker command: bundle/try.cjs is built from this file, without the code of learn, the quiz, the
 * practice prompt and commander, and without `build` and `login` (LEFT_OUT_OF_TRY in bin/docktutor.cjs),
 * and bin/docktutor.cjs runs it for a command line that begins with `try docker` and names neither. Every
 * such line is a one-shot command or its help (src/app/invocation.ts), so nothing else is routed here;
 * anything else would be a fault of the launcher, and says so.
 */
import { tryOnce } from './commands/try-once.js';
import { runAtTheEdge } from './edge.js';

runAtTheEdge(async (context) => {
  const { route, words, help } = context.invocation;
  if (route !== 'try' || (words.length === 0 && help === undefined)) throw new Error(`bundle/try.cjs runs \`try docker <command>\` only, not this command line`);
  await tryOnce(context);
});
