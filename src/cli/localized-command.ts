/**
 * Commander's refusals in docktutor's voice and language. Commander prints its own English line
 * ("error: unknown option '--shufle'") and exits; this Command hands each refusal to the edge instead,
 * as the DocktutorError every other bad input is: one line in the invocation's language, the
 * suggestion commander found (or the usage line) as the hint, commander's exit code kept.
 */
import { Command } from 'commander';
import { DocktutorError } from '../errors.js';
import { commandLineMessages } from '../i18n/command-line.js';
import type { Lang } from '../i18n/index.js';
import { findNearestName } from '../docker/command-line/suggest.js';

export class LocalizedCommand extends Command {
  readonly lang: Lang;

  constructor(name: string | undefined, lang: Lang) {
    super(name);
    this.lang = lang;
  }

  override createCommand(name?: string): LocalizedCommand {
    return new LocalizedCommand(name, this.lang);
  }

  override error(message: string, options: { code?: string; exitCode?: number } = {}): never {
    throw describeRefusal(this, message, options.code, options.exitCode ?? 1);
  }
}

/**
 * The refusal commander raised on `command`, read from its message by its code; a message of another
 * shape (commander changed its wording, or a refusal docktutor's table never causes) keeps its text.
 */
export function describeRefusal(command: Command, message: string, code: string | undefined, exitCode: number): DocktutorError {
  const m = commandLineMessages();
  // What was typed after docktutor names the command in the message; the hint names it whole, to be run.
  const path = commandPath(command);
  const words = path.split(' ').slice(commandPath(rootOf(command)).split(' ').length).join(' ');
  const named = (word: string) => [words, word].filter(Boolean).join(' ');
  const refuse = (text: string, hint: string) => new DocktutorError('usage', text, { hint, exitCode });
  const usage = m.usage(`${path} ${command.usage()}`);
  const [first = '', ...rest] = message.split('\n');
  const suggested = readSuggestions(rest.join('\n'));
  const quoted = (pattern: RegExp) => pattern.exec(first)?.slice(1);
  switch (code) {
    case 'commander.unknownCommand': {
      const [word] = quoted(/^error: unknown command '(.*)'$/) ?? [];
      if (word !== undefined) return refuse(m.unknownCommand(named(word)), suggested.length > 0 ? m.didYouMean(suggested.map((name) => `${path} ${name}`)) : m.seeHelp(path));
      break;
    }
    case 'commander.unknownOption': {
      const [flag] = quoted(/^error: unknown option '(.*)'$/) ?? [];
      if (flag !== undefined) return refuse(m.unknownOption(flag), suggested.length > 0 ? m.didYouMean(suggested) : m.seeHelp(path));
      break;
    }
    case 'commander.missingArgument': {
      const [name] = quoted(/^error: missing required argument '(.*)'$/) ?? [];
      if (name !== undefined) return refuse(m.missingArgument(words, name), usage);
      break;
    }
    case 'commander.optionMissingArgument': {
      const [flags] = quoted(/^error: option '(.*)' argument missing$/) ?? [];
      if (flags !== undefined) return refuse(m.optionNeedsValue(flags), usage);
      break;
    }
    case 'commander.missingMandatoryOptionValue': {
      const [flags] = quoted(/^error: required option '(.*)' not specified$/) ?? [];
      if (flags !== undefined) return refuse(m.missingOption(flags), usage);
      break;
    }
    case 'commander.excessArguments': {
      const [expected, got] = quoted(/^error: too many arguments.*\. Expected (\d+) arguments? but got (\d+)\.$/) ?? [];
      if (expected === undefined || got === undefined) break;
      // A command with subcommands and no arguments of its own (`lessons shwo`): the word was meant as a subcommand.
      const word = command.args[Number(expected)];
      if (command.commands.length > 0 && word !== undefined) {
        const near = findNearestName(word, command.commands.map((sub) => sub.name()));
        return refuse(m.unknownCommand(named(word)), near === undefined ? m.seeHelp(path) : m.didYouMean([`${path} ${near}`]));
      }
      return refuse(m.tooManyArguments(words, Number(expected), Number(got)), usage);
    }
  }
  return refuse(first.replace(/^error: /, ''), m.seeHelp(path));
}

/** Commander's "(Did you mean x?)" or "(Did you mean one of x, y?)": the names it found close. */
function readSuggestions(text: string): string[] {
  const names = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(text.trim())?.[1];
  return names === undefined ? [] : names.split(', ');
}

function rootOf(command: Command): Command {
  let root = command;
  while (root.parent) root = root.parent;
  return root;
}

/** The words that run `command`: `docktutor lessons show`, with docktutor named as this install runs it. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}
