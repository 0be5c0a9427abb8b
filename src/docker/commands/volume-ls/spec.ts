/** `docker volume ls`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'volume ls',
  synopsis: 'volume ls [OPTIONS]',
  summary: { en: 'List volumes', ko: '볼륨 목록 보기' },
  flags: [valued('filter', 'f', 'list', 'filter'), bool('quiet', 'q')],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
  aliases: ['volume list'],
};
