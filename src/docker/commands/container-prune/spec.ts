/** `docker container prune`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'container prune',
  synopsis: 'container prune [OPTIONS]',
  summary: { en: 'Remove all stopped containers docktutor created', ko: 'docktutor가 만든 멈춘 컨테이너 모두 지우기' },
  flags: [bool('all-objects'), valued('filter', undefined, 'list', 'filter'), bool('force', 'f')],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
};
