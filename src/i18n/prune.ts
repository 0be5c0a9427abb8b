import { defineMessages } from './index.js';

/** Messages the two prune commands (`container prune`, `image prune`) share: their filters and their question. */
export const pruneMessages = defineMessages(
  {
    badFilterKey: (key: string) => `invalid filter '${key}'`,
    filterKeysHint: 'a prune takes the filters until=TIME, label=KEY[=VALUE] and label!=KEY[=VALUE]',
    badUntil: (why: string) => `invalid value for "until": ${why}`,
    busyHint: 'The daemon runs one prune of a kind at a time; try again when the other one has finished.',
    needsTerminal: (command: string) =>
      `'docker ${command}' asks before it removes anything, and stdin is not a terminal to answer on: add -f to prune without the question`,
  },
  {
    badFilterKey: (key: string) => `잘못된 필터 '${key}'`,
    filterKeysHint: 'prune에 쓸 수 있는 필터는 until=시각, label=키[=값], label!=키[=값]입니다',
    badUntil: (why: string) => `"until"의 값이 올바르지 않습니다: ${why}`,
    busyHint: '데몬은 같은 종류의 prune을 한 번에 하나만 실행합니다. 다른 prune이 끝난 뒤에 다시 시도하세요.',
    needsTerminal: (command: string) =>
      `'docker ${command}'은(는) 지우기 전에 확인을 묻는데, 표준 입력이 답할 수 있는 터미널이 아닙니다. 묻지 않고 지우려면 -f를 붙이세요`,
  },
);
