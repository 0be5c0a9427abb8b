/** `docker start`: what the parser needs before anything of the command loads. */
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'start',
  synopsis: 'start [OPTIONS] CONTAINER [CONTAINER...]',
  summary: { en: 'Start one or more stopped containers', ko: '멈춘 컨테이너를 하나 이상 시작하기' },
  flags: [],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
  aliases: ['container start'],
};
