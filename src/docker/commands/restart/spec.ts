/** `docker restart`: what the parser needs before anything of the command loads. */
import { valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'restart',
  synopsis: 'restart [OPTIONS] CONTAINER [CONTAINER...]',
  summary: { en: 'Restart one or more containers', ko: '컨테이너를 하나 이상 다시 시작하기' },
  flags: [valued('timeout', 't', 'int', 'int')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
  aliases: ['container restart'],
};
