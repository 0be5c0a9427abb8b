/** `docker volume rm`: what the parser needs before anything of the command loads. */
import { bool } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'volume rm',
  synopsis: 'volume rm [OPTIONS] VOLUME [VOLUME...]',
  summary: {
    en: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
    ko: '볼륨 하나 이상 삭제. 컨테이너가 쓰고 있는 볼륨은 삭제할 수 없습니다.',
  },
  flags: [bool('force', 'f')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
  aliases: ['volume remove'],
};
