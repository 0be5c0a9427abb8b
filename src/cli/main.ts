/**
 * The command-line tool: every docktutor command, by the route the invocation names (src/app/invocation.ts).
 * bundle/main.cjs is built from this file; `try docker <command>` alone has an entry of its own (main-try.ts).
 */
import { runAtTheEdge } from './edge.js';

runAtTheEdge(async (context) => {
  const { invocation } = context;
  switch (invocation.route) {
    // `try docker ...` is the command run most often and the one that must feel like docker itself:
    // commander would only pass the words through, so its command table is not even built.
    case 'try':
      await (await import('./commands/try.js')).tryCommand(context);
      break;
    // The same for `learn [lesson]`, whose first screen should come up at once.
    case 'learn':
      await (await import('./commands/learn.js')).learn(context, { lesson: invocation.words[0] });
      break;
    // Everything else (and `--version`, had it come this far): commander checks the line and prints help.
    default:
      await (await import('./program.js')).buildProgram(context).parseAsync(process.argv);
      break;
  }
});
