import { defineMessages } from './index.js';

/** docktutor's own command line as commander reads it: its refusals, said in the invocation's language. */
export const commandLineMessages = defineMessages(
  {
    unknownCommand: (words: string) => `unknown command '${words}'`,
    unknownOption: (flag: string) => `unknown option '${flag}'`,
    missingArgument: (command: string, name: string) => `'${command}' needs its argument <${name}>`,
    optionNeedsValue: (flags: string) => `option '${flags}' needs a value`,
    missingOption: (flags: string) => `the required option '${flags}' is missing`,
    tooManyArguments: (command: string, expected: number, got: number) =>
      expected === 0
        ? `'${command}' takes no arguments (got ${got})`
        : `'${command}' takes at most ${expected} argument${expected === 1 ? '' : 's'} (got ${got})`,
    didYouMean: (spellings: string[]) => `did you mean ${new Intl.ListFormat('en', { type: 'disjunction' }).format(spellings.map((s) => `'${s}'`))}?`,
    seeHelp: (command: string) => `see the commands and options with '${command} --help'`,
    usage: (line: string) => `usage: ${line}`,
  },
  {
    unknownCommand: (words: string) => `알 수 없는 명령입니다: '${words}'`,
    unknownOption: (flag: string) => `알 수 없는 옵션입니다: '${flag}'`,
    missingArgument: (command: string, name: string) => `'${command}' 명령에 필요한 인자가 없습니다: <${name}>`,
    optionNeedsValue: (flags: string) => `'${flags}' 옵션에는 값이 필요합니다`,
    missingOption: (flags: string) => `필수 옵션이 없습니다: '${flags}'`,
    tooManyArguments: (command: string, expected: number, got: number) =>
      expected === 0
        ? `'${command}' 명령은 인자를 받지 않습니다 (받은 인자 ${got}개)`
        : `'${command}' 명령은 인자를 최대 ${expected}개 받습니다 (받은 인자 ${got}개)`,
    didYouMean: (spellings: string[]) => `${spellings.map((s) => `'${s}'`).join(' 또는 ')}을(를) 입력하려던 것인가요?`,
    seeHelp: (command: string) => `'${command} --help'로 명령과 옵션을 볼 수 있습니다`,
    usage: (line: string) => `사용법: ${line}`,
  },
);
