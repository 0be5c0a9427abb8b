/** `docker volume inspect`: what the parser needs before anything of the command loads. */
import { valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'volume inspect',
  synopsis: 'volume inspect [OPTIONS] VOLUME [VOLUME...]',
  summary: { en: 'Display detailed information on one or more volumes', ko: '볼륨 하나 이상의 자세한 정보 보기' },
  flags: [valued('format', 'f', 'string', 'string')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
};
