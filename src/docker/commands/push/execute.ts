/**
 * docker push [-a] [-q] NAME[:TAG]: the daemon uploads a local image (POST /images/{name}/push) with
 * the stored login for the registry the name points at.
 */
import type { Readable } from 'node:stream';
import { DocktutorError, usageError } from '../../../errors.js';
import { registryMessages } from '../../../i18n/registry.js';
import { flagBool } from '../flags.js';
import { CommandOutput } from '../output.js';
import { registryAuth } from '../../registry/credentials.js';
import { registryError } from '../../registry/errors.js';
import { familiarReference, fullReference, parseImageReference } from '../../registry/reference.js';
import { followRegistryStream } from '../../registry/stream.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const m = registryMessages();
  if (command.args.length !== 1) throw usageError(m.exactlyOneArgument('push'), m.pushUsage);
  const quiet = flagBool(command, 'quiet');
  const allTags = flagBool(command, 'all-tags');
  const ref = parseImageReference(command.args[0]!);
  if (ref.digest !== undefined) throw usageError(m.pushDigest, m.pushUsage);
  if (allTags && ref.tag !== undefined) throw usageError(m.allTagsWithTag, m.pushUsage);
  const output = new CommandOutput(context);
  if (!allTags && ref.tag === undefined) {
    ref.tag = 'latest';
    if (!quiet) output.out('Using default tag: latest\n');
  }
  const { docker, address } = context.connection;
  const reference = familiarReference(ref);
  const auth = await registryAuth(ref.domain, context.env);
  const name = familiarReference({ domain: ref.domain, path: ref.path });
  const image = docker.getImage(name);
  let stream: Readable;
  try {
    stream = (await image.push(ref.tag === undefined ? {} : { tag: ref.tag }, undefined, auth ?? {})) as Readable;
  } catch (error) {
    throw withPushHint(registryError(error, ref.domain, address.url, reference), reference);
  }
  await followRegistryStream(stream, { output, quiet, host: ref.domain, daemonUrl: address.url, request: `POST /images/${name}/push`, reference }).catch((error: unknown) => {
    throw withPushHint(error, reference);
  });
  if (quiet) output.out(`${fullReference(ref)}\n`);
  return { exitCode: 0, output: output.text };
};

/** Pushing a name that is not on the machine: the fix is to build (or tag) it, not to check the registry. */
function withPushHint(error: unknown, reference: string): unknown {
  if (!(error instanceof DocktutorError) || error.kind !== 'not-found') return error;
  return new DocktutorError('not-found', error.message, { hint: registryMessages().pushMissingHint(reference) });
}
