/** `docker logout`: what the parser needs before anything of the command loads. */
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'logout',
  synopsis: 'logout [SERVER]',
  summary: { en: 'Log out from a registry', ko: '레지스트리에서 로그아웃' },
  flags: [],
  minArgs: 0,
  maxArgs: 1,
  interspersed: true,
};
