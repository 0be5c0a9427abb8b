/**
 * The edge: parse the command line, run one command, and turn every failure into one line and an
 * exit code. Nothing below this file prints a stack trace or calls process.exit.
 */
import { langFromArgv, plainLearn, plainTryWords } from './argv.js';
import { readVersion } from '../version.js';

// A reader that stops early (`docktutor try docker images | head -1`) is normal for a Unix tool: leave
// quietly instead of reporting the broken pipe as a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

async function main(argv: string[]): Promise<number> {
  // `--version` is asked often and needs nothing else: answer before loading the command table.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  // `try docker ...` is the command run most often and the one that must feel like docker itself:
  // when commander would only pass the words through, skip loading and building the command table.
  const tryWords = plainTryWords(argv);
  if (tryWords) {
    const { detectLang, setLang } = await import('../i18n/index.js');
    setLang(detectLang(langFromArgv(argv)));
    await (await import('./commands/try.js')).tryCommand({ words: tryWords, explain: true });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  }
  // The same for `learn [lesson]`, whose first screen should come up at once.
  const learn = plainLearn(argv);
  if (learn) {
    const { detectLang, setLang } = await import('../i18n/index.js');
    setLang(detectLang(undefined));
    await (await import('./commands/learn.js')).learn(learn);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  }
  const { buildProgram } = await import('./program.js');
  await buildProgram().parseAsync(argv);
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

/** Loaded only on failure: a command that succeeds never needs the error classes or the CLI's messages. */
async function report(error: unknown): Promise<number> {
  const [{ DocktutorError, ExitCode }, { LangError }, { cliMessages }, { wrapText }, { columnsOf, terminalColumns }] = await Promise.all([
    import('../errors.js'),
    import('../i18n/index.js'),
    import('../i18n/cli.js'),
    import('../terminal/wrap.js'),
    import('../terminal/width.js'),
  ]);
  const m = cliMessages();
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

main(process.argv).then(
  (code) => finish(code),
  async (error: unknown) => finish(await report(error)),
);

function finish(code: number): void {
  process.exitCode = code;
  // An unanswered daemon request or a stuck prompt must not keep the process alive after the answer is out.
  if (code !== 0) setImmediate(() => process.exit(code));
}
