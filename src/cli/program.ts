/**
 * The command table: declarations only. Commander checks the line and prints help; the settings every
 * command shares (address, language, lessons folder) were read once into the invocation, and each
 * action hands the one context to its command module, loaded on demand so that a command pays only for
 * the modules it uses (dockerode, marked and the prompts are heavy).
 */
import { Help, Option, type Command } from 'commander';
import type { AppContext } from '../app/context.js';
import { cleanMessages } from '../i18n/clean.js';
import { cliMessages } from '../i18n/cli.js';
import { readVersion } from '../version.js';
import { commandName } from '../command-name.js';
import { LocalizedCommand } from './localized-command.js';
import { columnsOf, terminalColumns } from '../terminal/width.js';
import { stripAnsi } from '../terminal/wrap.js';

export function buildProgram(context: AppContext): Command {
  // Its refusals (an unknown command or option, a missing argument) come out in the invocation's language.
  const program = new LocalizedCommand('docktutor', context.lang);
  const m = cliMessages(context.lang);
  program
    .description(m.description)
    .version(readVersion(), '-V, --version', m.versionOption)
    .helpOption('-h, --help', m.helpOption)
    .addHelpCommand(false)
    .enablePositionalOptions()
    .showSuggestionAfterError()
    // Help fits the terminal (COLUMNS or 80 when it is not one), measured by display width for Korean, and
    // wraps even a narrow description column (commander leaves one under 40 columns running off the edge).
    .configureHelp({ helpWidth: terminalColumns(context.io.stdout, context.env), minWidthToWrap: 12, displayWidth: (text) => columnsOf(stripAnsi(text)), ...helpInLanguage(m.helpWords) })
    .configureOutput({ getErrHelpWidth: () => terminalColumns(context.io.stderr as { isTTY?: boolean; columns?: number }, context.env) });
  if (commandName() !== 'docktutor') program.name(commandName());
  addGlobalOptions(program, context);

  program
    .command('learn')
    .description(m.learnDescription)
    .argument('[lesson]', m.lessonArgument)
    .action(async (lesson: string | undefined) => (await import('./commands/learn.js')).learn(context, { lesson }));

  const lessons = program
    .command('lessons')
    .description(m.lessonsDescription)
    .option('--check [dir]', m.checkOption)
    .option('--json', m.jsonOption)
    .action(async (options: { check?: string | boolean; json?: boolean }) => (await import('./commands/lessons.js')).lessons(context, options));
  const show = lessons
    .command('show')
    .description(m.showDescription)
    .argument('<lesson>', m.lessonArgument)
    .option('--step <n>', m.stepOption)
    .option('--width <n>', m.widthOption)
    .action(async (lesson: string, options: { step?: string; width?: string }) =>
      (await import('./commands/lessons-show.js')).showLesson(context, { lesson, ...options }),
    );
  addGlobalOptions(show, context);

  program
    .command('quiz')
    .description(m.quizDescription)
    .argument('[lesson]', m.lessonArgument)
    .option('--review', m.reviewOption)
    .option('--shuffle [seed]', m.shuffleOption)
    .action(async (lesson: string | undefined, options: { review?: boolean; shuffle?: string | boolean }) =>
      (await import('./commands/quiz.js')).quiz(context, { lesson, ...options }),
    );

  program
    .command('progress')
    .description(m.progressDescription)
    .option('--json', m.jsonOption)
    .action(async (options: { json?: boolean }) => (await import('./commands/progress.js')).progress(context, options));

  // Positional options, so that `try` passes docker's own flags through untouched: the invocation has
  // read the words after `try` already, and this declaration is for --help and for checking.
  program
    .command('try')
    .description(m.tryDescription)
    .argument('[command...]', m.tryArgument)
    .option('--no-explain', m.noExplainOption)
    .passThroughOptions()
    .allowUnknownOption()
    .action(async () => (await import('./commands/try.js')).tryCommand(context));

  program
    .command('doctor')
    .description(m.doctorDescription)
    .action(async () => (await import('./commands/doctor.js')).doctor(context));

  program
    .command('clean')
    .description(m.cleanDescription)
    .option('-y, --yes', m.yesOption)
    .option('--dry-run', m.dryRunOption)
    .option('--pulled', cleanMessages(context.lang).pulledOption)
    .action(async (options: { yes?: boolean; dryRun?: boolean; pulled?: boolean }) => (await import('./commands/clean.js')).clean(context, options));

  program
    .command('reset')
    .description(m.resetDescription)
    .argument('[lesson]', m.lessonArgument)
    .option('-y, --yes', m.yesOption)
    .action(async (lesson: string | undefined, options: { yes?: boolean }) => (await import('./commands/reset.js')).reset(context, { lesson, ...options }));

  // Options given after a subcommand belong to it: every subcommand accepts the global ones too.
  for (const command of program.commands) if (command.name() !== 'try') addGlobalOptions(command, context);
  return program;
}

function addGlobalOptions(command: Command, context: AppContext): void {
  const m = cliMessages(context.lang);
  command
    .option('-H, --host <address>', m.hostOption)
    .addOption(new Option('--lang <language>', m.langOption).choices(['en', 'ko']))
    .option('--lessons <dir>', m.lessonsOption);
}

/**
 * Commander's own words in a help screen (its headings, the "(choices: ...)" after an option) in the
 * invocation's language, through its documented hooks: each heading goes through `styleTitle`, each
 * option's description through `optionDescription`. Words the table does not name stay as commander writes them.
 */
function helpInLanguage(words: Record<string, string>): Partial<Help> {
  if (Object.keys(words).length === 0) return {};
  return {
    styleTitle: (title: string) => words[title] ?? title,
    optionDescription(this: Help, option: Option) {
      return Help.prototype.optionDescription.call(this, option).replace(/(\(|, )(choices|default): /g, (whole, lead: string, word: string) => (words[word] ? `${lead}${words[word]}: ` : whole));
    },
  };
}
