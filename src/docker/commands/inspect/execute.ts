/**
 * Runs `docker inspect NAME...`: for each name, GET the object's JSON (without --type: a container,
 * else an image, a network, a volume, the first the daemon knows, as the docker CLI looks), then print
 * the daemon's JSON indented, on one line (`-f json`), or through a Go template. Objects not found
 * and template failures are reported after the output, one line each, with exit code 1.
 */
import { DocktutorError } from '../../../errors.js';
import { inspectFormatMessages } from '../../../i18n/inspect.js';
import { daemonMessages } from '../../../i18n/docker.js';
import { daemonReason, toDocktutorError } from '../../engine/errors.js';
import { getJsonTree } from '../../engine/raw.js';
import { InspectPrinter, readInspectFormat } from '../../format/inspect.js';
import { escapeControls } from '../../../terminal/controls.js';
import type { JsonNode } from '../../template/index.js';
import { flagBool, flagString } from '../flags.js';
import type { CommandContext, CommandHandler } from '../types.js';
import { inspectCommandMessages } from './messages.js';

export const OBJECT_KINDS = ['container', 'image', 'network', 'volume'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** Every --type the docker CLI accepts; the swarm and plugin ones docktutor leaves to it. */
const DOCKER_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

export function objectPath(kind: ObjectKind, name: string): string {
  const id = encodeURIComponent(name).replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%40/gi, '@');
  return kind === 'container' ? `/containers/${id}/json` : kind === 'image' ? `/images/${id}/json` : kind === 'network' ? `/networks/${id}` : `/volumes/${id}`;
}

export const execute: CommandHandler = async (command, context) => {
  const kinds = readType(flagString(command, 'type'));
  const printer = new InspectPrinter(readInspectFormat(flagString(command, 'format')));
  const size = flagBool(command, 'size');
  const errors: string[] = [];
  let notFound = 0;
  for (const name of command.args) {
    const found = await lookUp(name, kinds, size, context);
    if ('error' in found) {
      errors.push(found.error);
      if (found.notFound) notFound += 1;
      continue;
    }
    if (size && found.kind !== 'container') context.stderr.write(`WARNING: --size ignored for ${found.kind}\n`);
    const failed = printer.add(found.node);
    if (failed !== undefined) errors.push(failed);
  }
  // What the daemon holds (a label an image brought from a registry) reaches the terminal escaped.
  context.stdout.write(escapeControls(printer.output()));
  if (errors.length === 0) return { exitCode: 0, output: '' };
  const m = inspectFormatMessages();
  throw new DocktutorError(notFound > 0 ? 'not-found' : 'usage', errors.join('\n'), { hint: notFound > 0 ? m.notFoundHint : m.fieldsHint, exitCode: 1 });
};

function readType(type: string | undefined): readonly ObjectKind[] {
  if (type === undefined || type === '') return OBJECT_KINDS;
  if ((OBJECT_KINDS as readonly string[]).includes(type)) return [type as ObjectKind];
  const m = inspectCommandMessages();
  if (DOCKER_TYPES.includes(type)) throw new DocktutorError('usage', m.typeNotTaught(type), { hint: m.typeNotTaughtHint, exitCode: 1 });
  throw new DocktutorError('usage', `unknown type: "${type}": must be one of ${DOCKER_TYPES.map((name) => `"${name}"`).join(', ')}`, { exitCode: 1 });
}

type Found = { kind: ObjectKind; node: JsonNode } | { error: string; notFound: boolean };

async function lookUp(name: string, kinds: readonly ObjectKind[], size: boolean, context: CommandContext): Promise<Found> {
  const { docker, address } = context.connection;
  for (const kind of kinds) {
    let node: JsonNode;
    try {
      node = await getJsonTree(docker, address.url, objectPath(kind, name), kind === 'container' && size ? { size: '1' } : {});
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === undefined) throw toDocktutorError(error, address.url);
      const reason = daemonReason(error);
      // The docker CLI moves on to the next kind when this one has no such object or cannot be named so.
      if (kinds.length > 1 && (status === 404 || /not supported|invalid reference format/.test(reason))) continue;
      return { error: daemonMessages().daemonSays(reason), notFound: status === 404 };
    }
    return { kind, node };
  }
  return { error: `Error: No such object: ${name}`, notFound: true };
}
