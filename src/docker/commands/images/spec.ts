/** `docker images`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'images',
  synopsis: 'images [OPTIONS] [REPOSITORY[:TAG]]',
  summary: { en: 'List images', ko: '이미지 목록 보기' },
  flags: [bool('all', 'a'), bool('digests'), valued('filter', 'f', 'list', 'filter'), bool('no-trunc'), bool('quiet', 'q')],
  minArgs: 0,
  maxArgs: 1,
  interspersed: true,
  aliases: ['image ls', 'image list'],
};
