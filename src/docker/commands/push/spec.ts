/** `docker push`: what the parser needs before anything of the command loads. */
import { bool } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'push',
  synopsis: 'push [OPTIONS] NAME[:TAG]',
  summary: { en: 'Upload an image to a registry', ko: '레지스트리에 이미지 올리기' },
  flags: [bool('all-tags', 'a'), bool('quiet', 'q')],
  minArgs: 1,
  maxArgs: 1,
  interspersed: true,
  aliases: ['image push'],
};
