/** `docker history`: what the parser needs before anything of the command loads. */
import { bool } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'history',
  synopsis: 'history [OPTIONS] IMAGE',
  summary: { en: 'Show the history of an image', ko: '이미지의 히스토리 보기' },
  flags: [bool('human', 'H'), bool('no-trunc'), bool('quiet', 'q')],
  minArgs: 1,
  maxArgs: 1,
  interspersed: true,
  aliases: ['image history'],
};
