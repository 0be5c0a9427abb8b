/** `docker logs`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'logs',
  synopsis: 'logs [OPTIONS] CONTAINER',
  summary: { en: 'Fetch the logs of a container', ko: '컨테이너의 로그 가져오기' },
  flags: [
    bool('follow', 'f'),
    valued('since', undefined, 'string', 'string'),
    valued('tail', 'n', 'string', 'string'),
    bool('timestamps', 't'),
    valued('until', undefined, 'string', 'string'),
  ],
  minArgs: 1,
  maxArgs: 1,
  interspersed: true,
  aliases: ['container logs'],
};
