/** `docker volume inspect NAME...`: GET /volumes/{name} for each, printed as `docker inspect` prints. */
import { DocktutorError } from '../../../errors.js';
import { daemonMessages } from '../../../i18n/docker.js';
import { inspectFormatMessages } from '../../../i18n/inspect.js';
import { daemonReason, toDocktutorError } from '../../engine/errors.js';
import { getJsonTree } from '../../engine/raw.js';
import { InspectPrinter, readInspectFormat } from '../../format/inspect.js';
import { escapeControls } from '../../../terminal/controls.js';
import type { JsonNode } from '../../template/index.js';
import { flagString } from '../flags.js';
import type { CommandHandler } from '../types.js';
import { volumeInspectCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const { docker, address } = context.connection;
  const printer = new InspectPrinter(readInspectFormat(flagString(command, 'format')));
  const errors: string[] = [];
  let missing = 0;
  for (const name of command.args) {
    let node: JsonNode;
    try {
      node = await getJsonTree(docker, address.url, `/volumes/${encodeURIComponent(name)}`);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === undefined) throw toDocktutorError(error, address.url);
      if (status === 404) missing += 1;
      errors.push(daemonMessages().daemonSays(daemonReason(error)));
      continue;
    }
    const failed = printer.add(node);
    if (failed !== undefined) errors.push(failed);
  }
  // What the daemon holds (a label an image brought from a registry) reaches the terminal escaped.
  context.stdout.write(escapeControls(printer.output()));
  if (errors.length === 0) return { exitCode: 0, output: '' };
  const hint = missing > 0 ? volumeInspectCommandMessages().missingHint : inspectFormatMessages().fieldsHint;
  throw new DocktutorError(missing > 0 ? 'not-found' : 'usage', errors.join('\n'), { hint, exitCode: 1 });
};
