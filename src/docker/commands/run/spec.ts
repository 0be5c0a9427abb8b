/** `docker run`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'run',
  synopsis: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  summary: { en: 'Create and run a new container from an image', ko: '이미지로 새 컨테이너를 만들고 실행' },
  flags: [
    bool('detach', 'd'),
    bool('interactive', 'i'),
    bool('tty', 't'),
    bool('rm'),
    valued('name', undefined, 'string', 'string'),
    valued('env', 'e', 'list', 'list'),
    valued('publish', 'p', 'list', 'list'),
    valued('volume', 'v', 'list', 'list'),
    valued('workdir', 'w', 'string', 'string'),
    valued('memory', 'm', 'bytes', 'bytes'),
    valued('cpus', undefined, 'cpus', 'decimal'),
    valued('entrypoint', undefined, 'string', 'string'),
    valued('network', undefined, 'string', 'network'),
    valued('mount', undefined, 'list', 'mount'),
    valued('env-file', undefined, 'list', 'list'),
    bool('publish-all', 'P'),
    bool('read-only'),
    valued('cap-add', undefined, 'list', 'list'),
    valued('cap-drop', undefined, 'list', 'list'),
    valued('user', 'u', 'string', 'string'),
  ],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: false,
  aliases: ['container run'],
};
