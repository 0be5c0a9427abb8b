/** `docker login`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'login',
  synopsis: 'login [OPTIONS] [SERVER]',
  summary: { en: 'Authenticate to a registry', ko: '레지스트리에 로그인' },
  flags: [valued('password', 'p', 'string', 'string'), bool('password-stdin'), valued('username', 'u', 'string', 'string')],
  minArgs: 0,
  maxArgs: 1,
  interspersed: true,
};
