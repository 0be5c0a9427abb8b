/** `docker inspect`: any object's JSON as the daemon holds it, whole or through a Go template. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import type { ObjectKind } from './execute.js';
import { inspectCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { inspectCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return inspectCommandMessages(lang).flags;
}

const KIND_OF_PATH: [RegExp, ObjectKind][] = [
  [/^\/containers\/[^/]+\/json$/, 'container'],
  [/^\/images\/.+\/json$/, 'image'],
  [/^\/networks\/[^/]+$/, 'network'],
  [/^\/volumes\/[^/]+$/, 'volume'],
];

export function explain({ command, requests }: Outcome): string | undefined {
  const m = inspectCommandMessages();
  const kindOf = (path: string) => KIND_OF_PATH.find(([pattern]) => pattern.test(path))?.[1];
  const found = [...new Set(requests.filter((request) => request.status === 200).map((request) => kindOf(request.path)))].filter((kind) => kind !== undefined);
  const format = typeof command.flags.format === 'string' ? command.flags.format : '';
  const searched = command.flags.type === undefined && requests.some((request) => request.status === 404);
  if (found.length > 0) return m.described(m.list(found.map((kind) => m.kind[kind])), format !== '' && format !== 'json') + (searched ? m.searched : '');
  if (requests.length > 0 && requests.every((request) => request.status === 404)) {
    const type = command.flags.type;
    return m.noneFound(typeof type === 'string' && type in m.kind ? m.kind[type as ObjectKind] : m.anyKind);
  }
  return undefined;
}
