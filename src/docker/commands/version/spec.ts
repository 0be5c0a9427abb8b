/** `docker version`: what the parser needs before anything of the command loads. */
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'version',
  synopsis: 'version',
  summary: { en: 'Show the Docker version information', ko: 'Docker 버전 정보 보기' },
  flags: [],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
};
