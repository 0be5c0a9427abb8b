/** `docker exec`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'exec',
  synopsis: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  summary: { en: 'Execute a command in a running container', ko: '실행 중인 컨테이너 안에서 명령 실행' },
  flags: [
    bool('detach', 'd'),
    bool('interactive', 'i'),
    bool('tty', 't'),
    valued('env', 'e', 'list', 'list'),
    valued('workdir', 'w', 'string', 'string'),
    valued('user', 'u', 'string', 'string'),
  ],
  minArgs: 2,
  maxArgs: Infinity,
  interspersed: false,
  aliases: ['container exec'],
};
