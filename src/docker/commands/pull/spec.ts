/** `docker pull`: what the parser needs before anything of the command loads. */
import { bool } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'pull',
  synopsis: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
  summary: { en: 'Download an image from a registry', ko: '레지스트리에서 이미지 내려받기' },
  flags: [bool('all-tags', 'a'), bool('quiet', 'q')],
  minArgs: 1,
  maxArgs: 1,
  interspersed: true,
  aliases: ['image pull'],
};
