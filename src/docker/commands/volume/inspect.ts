/** `docker volume inspect NAME...`: GET /volumes/{name} for each, printed as `docker inspect` prints. */
import { DocktutorError } from '../../../errors.js';
import { daemonMessages } from '../../../i18n/docker.js';
import type { Lang } from '../../../i18n/index.js';
import { inspectFormatMessages } from '../../../i18n/inspect.js';
import { daemonReason, toDocktutorError } from '../../engine/errors.js';
import { getRawJson } from '../../engine/raw.js';
import { escapeControls, InspectPrinter, readInspectFormat } from '../../format/inspect.js';
import { parseJsonTree } from '../../template/index.js';
import { flagString } from '../flags.js';
import type { Outcome } from '../module.js';
import type { CommandHandler } from '../types.js';
import { volumeMessages } from './messages.js';

export { volumeInspectSpec as spec } from './specs.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return volumeMessages(lang).flags.inspect;
}

export const execute: CommandHandler = async (command, context) => {
  const { docker, address } = context.connection;
  const printer = new InspectPrinter(readInspectFormat(flagString(command, 'format')));
  const errors: string[] = [];
  let missing = 0;
  for (const name of command.args) {
    let raw: string;
    try {
      raw = await getRawJson(docker, `/volumes/${encodeURIComponent(name)}`);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === undefined) throw toDocktutorError(error, address.url);
      if (status === 404) missing += 1;
      errors.push(daemonMessages().daemonSays(daemonReason(error)));
      continue;
    }
    const failed = printer.add(parseJsonTree(raw));
    if (failed !== undefined) errors.push(failed);
  }
  context.stdout.write(escapeControls(printer.output()));
  if (errors.length === 0) return { exitCode: 0, output: '' };
  const hint = missing > 0 ? volumeMessages().missingHint : inspectFormatMessages().fieldsHint;
  throw new DocktutorError(missing > 0 ? 'not-found' : 'usage', errors.join('\n'), { hint, exitCode: 1 });
};

export function explain({ command, sent }: Outcome): string | undefined {
  const m = volumeMessages();
  const format = typeof command.flags.format === 'string' ? command.flags.format : '';
  if (sent('GET', /^\/volumes\/[^/]+$/)) return m.inspected(format !== '' && format !== 'json');
  return sent('GET', /^\/volumes\//, false) ? m.missing : undefined;
}
