/** `docker inspect`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'inspect',
  synopsis: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  summary: { en: 'Return low-level information on Docker objects', ko: 'Docker 객체의 자세한 정보 보기' },
  flags: [valued('format', 'f', 'string', 'string'), bool('size', 's'), valued('type', undefined, 'string', 'string')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
};
