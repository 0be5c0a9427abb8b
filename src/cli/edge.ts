/**
 * The edge: read the invocation once, build its context, run one command in its language, and turn
 * every failure into one line and an exit code. Nothing below this file prints a stack trace or calls
 * process.exit. Each entry (main.ts, main-try.ts) gives it the commands it can run.
 */
import { createAppContext, type AppContext } from '../app/context.js';
import { parseInvocation } from '../app/invocation.js';
import { inLanguage, type Lang } from '../i18n/index.js';
import { readVersion } from '../version.js';

/** Runs the command the invocation names (by its route), in the context built from it. */
export type RunCommand = (context: AppContext) => Promise<void>;

/** The whole process: the invocation read, the command run, failures reported, the exit code set. */
export function runAtTheEdge(run: RunCommand): void {
  // A reader that stops early (`docktutor try docker images | head -1`) is normal for a Unix tool: leave
  // quietly instead of reporting the broken pipe as a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
  main(run).then(finish);
  // The event loop emptied while the command still waited: an answer that can never come (a connection
  // closed where no library noticed). Node would exit 0 as if the command had succeeded; say so and fail.
  process.on('beforeExit', () => {
    if (settled) return;
    settled = true;
    void import('../i18n/cli.js').then(({ cliMessages }) => {
      process.stderr.write(`docktutor: ${cliMessages(lang).noAnswer}\n`);
      process.exit(1);
    });
  });
}

/** Loaded only on failure: a command that succeeds never needs the error classes or the CLI's messages. */
async function report(error: unknown, lang: Lang): Promise<number> {
  const [{ DocktutorError, ExitCode }, { LangError }, { cliMessages }, { wrapText }, { columnsOf, terminalColumns }] = await Promise.all([
    import('../errors.js'),
    import('../i18n/index.js'),
    import('../i18n/cli.js'),
    import('../terminal/wrap.js'),
    import('../terminal/width.js'),
  ]);
  const m = cliMessages(lang);
  // Wrapped by display width with a hanging indent, so that a long message never runs past the edge.
  const say = (line: string, hang: number) => process.stderr.write(`${wrapText(line, terminalColumns(process.stderr), hang)}\n`);
  if (error instanceof ExitCode) return error.code;
  if (error instanceof DocktutorError) {
    say(`docktutor: ${error.message}`, 2);
    if (error.hint) say(`${m.hintPrefix}${error.hint}`, columnsOf(m.hintPrefix));
    return error.exitCode;
  }
  if (error instanceof LangError) {
    say(`docktutor: ${error.message}`, 2);
    return 2;
  }
  const name = (error as { name?: string } | null)?.name;
  // Ctrl+C inside a prompt: leave quietly, the way a shell reports SIGINT.
  if (name === 'ExitPromptError' || name === 'AbortPromptError') return 130;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && error.code.startsWith('commander.')) {
    return (error as { exitCode?: number }).exitCode ?? 2;
  }
  say(`docktutor: ${m.unexpected(error instanceof Error ? error.message : String(error))}`, 2);
  if (process.env.DOCKTUTOR_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`${m.hintPrefix}${m.debugHint}\n`);
  return 1;
}

let lang: Lang = 'en';
let settled = false;

async function main(run: RunCommand): Promise<number> {
  try {
    const invocation = parseInvocation(process.argv, process.env);
    // Asked often and needs nothing else (bin/docktutor.js answers it before even this file loads).
    if (invocation.route === 'version') {
      process.stdout.write(`${readVersion()}\n`);
      return 0;
    }
    const context = createAppContext(invocation);
    lang = context.lang;
    // A docker command will need the daemon: the connection opens (dockerode loads, the daemon answers
    // its ping) while the command line is read and the command's module loads. A failure is reported
    // where the command asks for the connection; a command line that does not parse never asks.
    if (invocation.route === 'try' && invocation.words.length > 0 && invocation.help === undefined) context.daemon.connection().catch(() => undefined);
    await inLanguage(lang, () => run(context));
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return report(error, lang);
  }
}

function finish(code: number): void {
  settled = true;
  process.exitCode = code;
  // An unanswered daemon request or a stuck prompt must not keep the process alive after the answer is out.
  if (code !== 0) setImmediate(() => process.exit(code));
}
