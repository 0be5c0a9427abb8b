/** `docker info`: what the parser needs before anything of the command loads. */
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'info',
  synopsis: 'info',
  summary: { en: 'Display system-wide information', ko: '시스템 전체 정보 보기' },
  flags: [],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
  aliases: ['system info'],
};
