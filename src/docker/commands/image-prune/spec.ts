/** `docker image prune`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'image prune',
  synopsis: 'image prune [OPTIONS]',
  summary: { en: 'Remove unused images docktutor built', ko: 'docktutor가 빌드한 이미지 중 쓰이지 않는 것 지우기' },
  flags: [bool('all', 'a'), bool('all-objects'), valued('filter', undefined, 'list', 'filter'), bool('force', 'f')],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
};
