import { defineMessages } from './index.js';
import { commandName, dockerCommand } from '../command-name.js';

/** Messages of `docktutor try`: reading a docker command line, running it, and the practice prompt. */
export const tryMessages = defineMessages(
  {
    trailingBackslash: 'the command line ends with a backslash; nothing follows it to escape',
    unterminatedQuote: (quote: string) => `the command line has an unclosed ${quote} quote`,
    unterminatedQuoteHint: (quote: string) => `close the ${quote} quote; docktutor reads quotes like a shell but never runs one`,
    noCommand: 'no docker command given',
    supportedCommands: (list: string) => `type a docker command, for example 'docker ps -a'; supported: ${list}`,
    unknownCommand: (words: string) => `unknown command: docker ${words}`,
    didYouMean: (spelling: string) => `did you mean 'docker ${spelling}'?`,
    didYouMeanFlag: (flag: string) => `did you mean '${flag}'?`,
    get commandListHint() {
      return `see the commands docktutor runs with '${dockerCommand('--help')}'`;
    },
    outsideSet: (words: string) =>
      `'docker ${words}' is a docker command docktutor does not run: run it with the docker CLI in your own terminal (docktutor runs only the commands its lessons teach, so that it can show the Engine API requests behind each one and '${commandName()} clean' can remove everything it made)`,
    unsupportedSubcommand: (group: string, word: string, list: string) =>
      `'docker ${[group, word].join(' ').trim()}' is not a command docktutor runs; after 'docker ${group}' it supports: ${list}`,
    badFlagSyntax: (word: string) => `bad flag syntax: ${word}`,
    flagNeedsValue: (command: string, flag: string) => `docker ${command}: flag ${flag} needs a value`,
    unsupportedFlag: (command: string, flag: string, supported: string) =>
      `docker ${command}: unknown or unsupported flag ${flag}; supported: ${supported}, -h/--help`,
    noFlags: 'no flags',
    badFlagValue: (command: string, flag: string, value: string, expected: string) =>
      `docker ${command}: invalid value "${value}" for ${flag}: ${expected}`,
    expectBool: 'expected true or false',
    expectInt: 'expected a whole number',
    expectBytes: 'expected a size such as 64m, 512k or 1g',
    expectCpus: 'expected a number of CPUs such as 0.5 or 2 (at most nine decimals)',
    exactArgs: (command: string, count: number, synopsis: string) =>
      `'docker ${command}' requires exactly ${count} argument${count === 1 ? '' : 's'}: ${synopsis}`,
    flagHelpHint: (command: string) => `see the flags docktutor supports with '${dockerCommand(`${command} --help`)}'`,
    tooFewArgs: (command: string, count: number, synopsis: string) =>
      `'docker ${command}' needs at least ${count} argument${count === 1 ? '' : 's'}: ${synopsis}`,
    tooManyArgs: (command: string, count: number, synopsis: string) =>
      count === 0
        ? `'docker ${command}' takes no arguments: ${synopsis}`
        : `'docker ${command}' takes at most ${count} argument${count === 1 ? '' : 's'}: ${synopsis}`,
    notAvailable: (command: string) => `'docker ${command}' is not available in this build of docktutor yet`,
  },
  {
    trailingBackslash: '명령줄이 백슬래시로 끝납니다. 뒤에 이스케이프할 문자가 없습니다',
    unterminatedQuote: (quote: string) => `명령줄에 닫히지 않은 ${quote} 따옴표가 있습니다`,
    unterminatedQuoteHint: (quote: string) => `${quote} 따옴표를 닫으세요. docktutor는 셸처럼 따옴표를 읽지만 셸을 실행하지는 않습니다`,
    noCommand: 'docker 명령이 없습니다',
    supportedCommands: (list: string) => `'docker ps -a'처럼 docker 명령을 입력하세요. 지원하는 명령: ${list}`,
    unknownCommand: (words: string) => `알 수 없는 명령: docker ${words}`,
    didYouMean: (spelling: string) => `'docker ${spelling}'을(를) 입력하려던 것인가요?`,
    didYouMeanFlag: (flag: string) => `'${flag}'을(를) 입력하려던 것인가요?`,
    get commandListHint() {
      return `docktutor가 실행하는 명령은 '${dockerCommand('--help')}'로 볼 수 있습니다`;
    },
    outsideSet: (words: string) =>
      `'docker ${words}'은(는) docktutor가 실행하지 않는 docker 명령입니다. 직접 연 터미널에서 docker CLI로 실행하세요 (docktutor는 레슨에서 가르치는 명령만 실행합니다. 그래야 명령마다 그 뒤의 Engine API 요청을 보여 주고, '${commandName()} clean'이 만든 것을 모두 지울 수 있습니다)`,
    unsupportedSubcommand: (group: string, word: string, list: string) =>
      `'docker ${[group, word].join(' ').trim()}'은(는) docktutor가 실행하는 명령이 아닙니다. 'docker ${group}' 뒤에 쓸 수 있는 것: ${list}`,
    badFlagSyntax: (word: string) => `잘못된 플래그 형식: ${word}`,
    flagNeedsValue: (command: string, flag: string) => `docker ${command}: ${flag} 플래그에는 값이 필요합니다`,
    unsupportedFlag: (command: string, flag: string, supported: string) =>
      `docker ${command}: ${flag}은(는) 알 수 없거나 지원하지 않는 플래그입니다. 지원하는 플래그: ${supported}, -h/--help`,
    noFlags: '플래그 없음',
    badFlagValue: (command: string, flag: string, value: string, expected: string) =>
      `docker ${command}: ${flag}의 값 "${value}"이(가) 올바르지 않습니다: ${expected}`,
    expectBool: 'true 또는 false여야 합니다',
    expectInt: '정수여야 합니다',
    expectBytes: '64m, 512k, 1g 같은 크기여야 합니다',
    expectCpus: '0.5나 2 같은 CPU 개수여야 합니다 (소수점 아래 최대 9자리)',
    exactArgs: (command: string, count: number, synopsis: string) => `'docker ${command}'에는 인자가 정확히 ${count}개 필요합니다: ${synopsis}`,
    flagHelpHint: (command: string) => `docktutor가 지원하는 플래그는 '${dockerCommand(`${command} --help`)}'로 볼 수 있습니다`,
    tooFewArgs: (command: string, count: number, synopsis: string) => `'docker ${command}'에는 인자가 ${count}개 이상 필요합니다: ${synopsis}`,
    tooManyArgs: (command: string, count: number, synopsis: string) =>
      count === 0 ? `'docker ${command}'은(는) 인자를 받지 않습니다: ${synopsis}` : `'docker ${command}'은(는) 인자를 최대 ${count}개 받습니다: ${synopsis}`,
    notAvailable: (command: string) => `이 docktutor 빌드에서는 아직 'docker ${command}'을(를) 쓸 수 없습니다`,
  },
);
