/** `docker rmi`: what the parser needs before anything of the command loads. */
import { bool } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'rmi',
  synopsis: 'rmi [OPTIONS] IMAGE [IMAGE...]',
  summary: { en: 'Remove one or more images', ko: '이미지를 하나 이상 지우기' },
  flags: [bool('force', 'f'), bool('no-prune')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
  aliases: ['image rm', 'image remove'],
};
