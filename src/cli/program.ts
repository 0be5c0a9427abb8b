/**
 * The command table: declarations only. Each action loads its command module on demand, so a
 * command pays only for the modules it uses (dockerode, marked and the prompts are heavy).
 */
import { Command, Option } from 'commander';
import { detectLang, setLang } from '../i18n/index.js';
import { cliMessages } from '../i18n/cli.js';
import { cleanMessages } from '../i18n/clean.js';
import type { GlobalOptions } from '../settings.js';
import { langFromArgv } from './argv.js';
import { readVersion } from '../version.js';
import { commandName } from '../command-name.js';
import { columnsOf, terminalColumns } from '../terminal/width.js';
import { stripAnsi } from '../terminal/wrap.js';

export function buildProgram(): Command {
  const program = new Command('docktutor');
  // Help text follows --lang or the locale, so the language is settled before commander renders anything.
  setLang(detectLang(langFromArgv(process.argv)));
  const m = cliMessages();
  program
    .description(m.description)
    .version(readVersion(), '-V, --version', m.versionOption)
    .helpOption('-h, --help', m.helpOption)
    .addHelpCommand(false)
    .enablePositionalOptions()
    .showSuggestionAfterError()
    // Help fits the terminal (COLUMNS or 80 when it is not one), measured by display width for Korean, and
    // wraps even a narrow description column (commander leaves one under 40 columns running off the edge).
    .configureHelp({ helpWidth: terminalColumns(process.stdout), minWidthToWrap: 12, displayWidth: (text) => columnsOf(stripAnsi(text)) })
    .configureOutput({ getErrHelpWidth: () => terminalColumns(process.stderr) });
  if (commandName() !== 'docktutor') program.name(commandName());
  addGlobalOptions(program);

  // Positional options (needed so that `try` passes docker's own flags through untouched) mean that
  // options given after a subcommand belong to it: every subcommand accepts the global ones too.
  const globals = (): GlobalOptions => {
    const active = program.commands.find((command) => command.name() === program.args[0]);
    return { ...program.opts<GlobalOptions>(), ...(active ? pickGlobals(active.opts<GlobalOptions>()) : {}) };
  };

  program
    .command('learn')
    .description(m.learnDescription)
    .argument('[lesson]', m.lessonArgument)
    .action(async (lesson: string | undefined) => (await import('./commands/learn.js')).learn({ ...globals(), lesson }));

  const lessons = program
    .command('lessons')
    .description(m.lessonsDescription)
    .option('--check [dir]', m.checkOption)
    .option('--json', m.jsonOption)
    .action(async (options: { check?: string | boolean; json?: boolean }) =>
      (await import('./commands/lessons.js')).lessons({ ...globals(), check: options.check, json: options.json }),
    );
  const show = lessons
    .command('show')
    .description(m.showDescription)
    .argument('<lesson>', m.lessonArgument)
    .option('--step <n>', m.stepOption)
    .option('--width <n>', m.widthOption)
    .action(async (lesson: string, options: { step?: string; width?: string }) =>
      (await import('./commands/lessons-show.js')).showLesson({ ...globals(), ...pickGlobals(show.opts<GlobalOptions>()), lesson, ...options }),
    );
  addGlobalOptions(show);

  program
    .command('quiz')
    .description(m.quizDescription)
    .argument('[lesson]', m.lessonArgument)
    .option('--review', m.reviewOption)
    .option('--shuffle [seed]', m.shuffleOption)
    .action(async (lesson: string | undefined, options: { review?: boolean; shuffle?: string | boolean }) =>
      (await import('./commands/quiz.js')).quiz({ ...globals(), lesson, ...options }),
    );

  program
    .command('progress')
    .description(m.progressDescription)
    .option('--json', m.jsonOption)
    .action(async (options: { json?: boolean }) => (await import('./commands/progress.js')).progress({ ...globals(), ...options }));

  program
    .command('try')
    .description(m.tryDescription)
    .argument('[command...]', m.tryArgument)
    .option('--no-explain', m.noExplainOption)
    .passThroughOptions()
    .allowUnknownOption()
    .action(async (words: string[], options: { explain: boolean }) =>
      (await import('./commands/try.js')).tryCommand({ ...globals(), words, explain: options.explain }),
    );

  program
    .command('doctor')
    .description(m.doctorDescription)
    .action(async () => (await import('./commands/doctor.js')).doctor(globals()));

  program
    .command('clean')
    .description(m.cleanDescription)
    .option('-y, --yes', m.yesOption)
    .option('--dry-run', m.dryRunOption)
    .option('--pulled', cleanMessages().pulledOption)
    .action(async (options: { yes?: boolean; dryRun?: boolean; pulled?: boolean }) =>
      (await import('./commands/clean.js')).clean({ ...globals(), ...options }),
    );

  program
    .command('reset')
    .description(m.resetDescription)
    .argument('[lesson]', m.lessonArgument)
    .option('-y, --yes', m.yesOption)
    .action(async (lesson: string | undefined, options: { yes?: boolean }) =>
      (await import('./commands/reset.js')).reset({ ...globals(), lesson, ...options }),
    );

  for (const command of program.commands) if (command.name() !== 'try') addGlobalOptions(command);
  return program;
}

function addGlobalOptions(command: Command): void {
  const m = cliMessages();
  command
    .option('-H, --host <address>', m.hostOption)
    .addOption(new Option('--lang <language>', m.langOption).choices(['en', 'ko']))
    .option('--lessons <dir>', m.lessonsOption);
}

function pickGlobals(options: GlobalOptions): GlobalOptions {
  const picked: GlobalOptions = {};
  if (options.host !== undefined) picked.host = options.host;
  if (options.lang !== undefined) picked.lang = options.lang;
  if (options.lessons !== undefined) picked.lessons = options.lessons;
  return picked;
}
