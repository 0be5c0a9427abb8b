/** `docker rm`: what the parser needs before anything of the command loads. */
import { bool } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'rm',
  synopsis: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
  summary: { en: 'Remove one or more containers', ko: '컨테이너를 하나 이상 지우기' },
  flags: [bool('force', 'f'), bool('volumes', 'v')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
  aliases: ['container rm', 'container remove'],
};
