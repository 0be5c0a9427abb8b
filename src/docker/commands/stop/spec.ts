/** `docker stop`: what the parser needs before anything of the command loads. */
import { valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'stop',
  synopsis: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  summary: { en: 'Stop one or more running containers', ko: '실행 중인 컨테이너를 하나 이상 멈추기' },
  flags: [valued('timeout', 't', 'int', 'int')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
  aliases: ['container stop'],
};
