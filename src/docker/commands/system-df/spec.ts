/** `docker system df`: what the parser needs before anything of the command loads. */
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'system df',
  synopsis: 'system df',
  summary: { en: 'Show docker disk usage', ko: 'Docker 디스크 사용량 보기' },
  flags: [],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
};
