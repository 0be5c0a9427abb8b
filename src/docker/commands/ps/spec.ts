/** `docker ps`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'ps',
  synopsis: 'ps [OPTIONS]',
  summary: { en: 'List containers', ko: '컨테이너 목록 보기' },
  flags: [
    bool('all', 'a'),
    valued('filter', 'f', 'list', 'filter'),
    valued('last', 'n', 'int', 'int'),
    bool('latest', 'l'),
    bool('no-trunc'),
    bool('quiet', 'q'),
    bool('size', 's'),
  ],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
  aliases: ['container ls', 'container list', 'container ps'],
};
