/** Runs `docker history`: GET /images/{name}/history, laid out by ./format.ts. */
import { toDocktutorError } from '../../engine/errors.js';
import { flagBool } from '../flags.js';
import type { CommandHandler } from '../types.js';
import { formatHistoryTable, type HistoryEntry } from './format.js';
import { historyCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const { docker, address } = context.connection;
  let entries: HistoryEntry[];
  try {
    entries = (await docker.getImage(command.args[0]!).history()) as HistoryEntry[];
  } catch (error) {
    throw toDocktutorError(error, address.url, { notFound: historyCommandMessages().notFoundHint });
  }
  // -H is on unless turned off (`-H=false`).
  const human = command.flags.human !== false;
  context.stdout.write(
    formatHistoryTable(entries, { human, trunc: !flagBool(command, 'no-trunc'), quiet: flagBool(command, 'quiet'), nowMs: Date.now() }),
  );
  return { exitCode: 0, output: '' };
};
