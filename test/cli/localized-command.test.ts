/**
 * docktutor's own command line, mistyped: commander's refusals come out as docktutor's one line and
 * hint, with commander's suggestion, in the invocation's language, and commander's exit code.
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { describeRefusal } from '../../src/cli/localized-command.js';
import { DocktutorError } from '../../src/errors.js';
import { cleanEnv, runCli } from '../helpers/cli.js';
import { contextFor, inContext } from './learn-fixtures.js';

/** What `docktutor ARGS` is refused with, parsed as main parses it. */
async function refusal(args: string[]): Promise<DocktutorError> {
  const context = contextFor(args);
  const error = await inContext(context, () => buildProgram(context).parseAsync(['node', 'docktutor', ...args])).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DocktutorError);
  return error as DocktutorError;
}

describe('a mistyped docktutor command line', () => {
  it.each<[string[], string, string]>([
    [['lesons'], "unknown command 'lesons'", "did you mean 'docktutor lessons'?"],
    [['doctr'], "unknown command 'doctr'", "did you mean 'docktutor doctor'?"],
    [['frobnicate'], "unknown command 'frobnicate'", "see the commands and options with 'docktutor --help'"],
    [['quiz', '--shufle'], "unknown option '--shufle'", "did you mean '--shuffle'?"],
    [['clean', '--dryrun'], "unknown option '--dryrun'", "did you mean '--dry-run'?"],
    [['doctor', '--json'], "unknown option '--json'", "see the commands and options with 'docktutor doctor --help'"],
    [['lessons', 'shwo'], "unknown command 'lessons shwo'", "did you mean 'docktutor lessons show'?"],
    [['lessons', 'frob'], "unknown command 'lessons frob'", "see the commands and options with 'docktutor lessons --help'"],
    [['progress', 'extra'], "'progress' takes no arguments (got 1)", 'usage: docktutor progress [options]'],
    [['reset', 'a', 'b'], "'reset' takes at most 1 argument (got 2)", 'usage: docktutor reset [options] [lesson]'],
    [['lessons', 'show'], "'lessons show' needs its argument <lesson>", 'usage: docktutor lessons show [options] <lesson>'],
    [['lessons', 'show', '1', '--step'], "option '--step <n>' needs a value", 'usage: docktutor lessons show [options] <lesson>'],
  ])('%j: one line, the fix as its hint, exit code 1', async (args, message, hint) => {
    const error = await refusal(args);
    expect({ message: error.message, hint: error.hint, exitCode: error.exitCode }).toEqual({ message, hint, exitCode: 1 });
  });

  it.each<[string[], string, string]>([
    [['lesons'], "알 수 없는 명령입니다: 'lesons'", "'docktutor lessons'을(를) 입력하려던 것인가요?"],
    [['quiz', '--shufle'], "알 수 없는 옵션입니다: '--shufle'", "'--shuffle'을(를) 입력하려던 것인가요?"],
    [['frobnicate'], "알 수 없는 명령입니다: 'frobnicate'", "'docktutor --help'로 명령과 옵션을 볼 수 있습니다"],
    [['progress', 'extra'], "'progress' 명령은 인자를 받지 않습니다 (받은 인자 1개)", '사용법: docktutor progress [options]'],
    [['lessons', 'show'], "'lessons show' 명령에 필요한 인자가 없습니다: <lesson>", '사용법: docktutor lessons show [options] <lesson>'],
    [['lessons', 'show', '1', '--step'], "'--step <n>' 옵션에는 값이 필요합니다", '사용법: docktutor lessons show [options] <lesson>'],
  ])('%j in Korean', async (args, message, hint) => {
    const error = await refusal(['--lang', 'ko', ...args]);
    expect({ message: error.message, hint: error.hint, exitCode: error.exitCode }).toEqual({ message, hint, exitCode: 1 });
  });

  it('keeps the text of a refusal it has no words for, without commander\'s prefix, and its exit code', () => {
    const command = new Command('docktutor');
    const error = describeRefusal(command, "error: option '--a' cannot be used with option '--b'", 'commander.conflictingOption', 3);
    expect({ message: error.message, hint: error.hint, exitCode: error.exitCode }).toEqual({
      message: "option '--a' cannot be used with option '--b'",
      hint: "see the commands and options with 'docktutor --help'",
      exitCode: 3,
    });
  });

  it('offers every name commander found equally close', () => {
    const error = describeRefusal(new Command('docktutor'), "error: unknown option '--lst'\n(Did you mean one of --last, --list?)", 'commander.unknownOption', 1);
    expect(error.hint).toBe("did you mean '--last' or '--list'?");
  });

  it.each<[string, string[]]>([
    ['en', ["docktutor: unknown option '--shufle'", "  hint: did you mean '--shuffle'?"]],
    ['ko', ["docktutor: 알 수 없는 옵션입니다: '--shufle'", "  도움말: '--shuffle'을(를) 입력하려던 것인가요?"]],
  ])('prints it at the edge as every other refusal, on stderr (%s)', async (lang, lines) => {
    const result = await runCli(['--lang', lang, 'quiz', '--shufle'], { env: cleanEnv() });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual(lines);
  });
});

describe("commander's own words in a help screen", () => {
  it.each<[string, string[], string[]]>([
    ['en', ['Usage: ', '\nOptions:\n', '\nCommands:\n', '(choices: "en", "ko")'], ['사용법:']],
    ['ko', ['사용법: ', '\n옵션:\n', '\n명령:\n', '(고를 수 있는 값: "en", "ko")'], ['Usage:', 'Options:', 'Commands:', 'choices:']],
  ])('are in the invocation\'s language (%s)', async (lang, present, absent) => {
    const result = await runCli(['--lang', lang, '--help'], { env: { ...cleanEnv(), COLUMNS: '200' } });
    expect(result.code).toBe(0);
    for (const text of present) expect(result.stdout).toContain(text);
    for (const text of absent) expect(result.stdout).not.toContain(text);
  });

  it('names a subcommand\'s argument list in Korean too', async () => {
    const result = await runCli(['--lang', 'ko', 'lessons', 'show', '--help'], { env: cleanEnv() });
    expect(result.stdout).toMatch(/^인자:$/m);
    expect(result.stdout).toMatch(/^옵션:$/m);
  });
});
