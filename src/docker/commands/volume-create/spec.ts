/** `docker volume create`: what the parser needs before anything of the command loads. */
import { valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'volume create',
  synopsis: 'volume create [OPTIONS] [VOLUME]',
  summary: { en: 'Create a volume', ko: '볼륨 만들기' },
  flags: [valued('driver', 'd', 'string', 'string'), valued('label', undefined, 'list', 'list'), valued('opt', 'o', 'list', 'map')],
  minArgs: 0,
  maxArgs: 1,
  interspersed: true,
};
