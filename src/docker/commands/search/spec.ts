/** `docker search`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'search',
  synopsis: 'search [OPTIONS] TERM',
  summary: { en: 'Search Docker Hub for images', ko: 'Docker Hub에서 이미지 검색' },
  flags: [valued('filter', 'f', 'list', 'filter'), valued('limit', undefined, 'int', 'int'), bool('no-trunc')],
  minArgs: 1,
  maxArgs: 1,
  interspersed: true,
};
