/**
 * docker pull [-a] [-q] NAME[:TAG|@DIGEST]: the daemon fetches the image (POST /images/create) with the
 * stored login for the registry, and its progress stream is shown like the docker CLI shows it.
 */
import type { Readable } from 'node:stream';
import { usageError } from '../../../errors.js';
import { registryMessages } from '../../../i18n/registry.js';
import { flagBool } from '../flags.js';
import { CommandOutput } from '../output.js';
import { registryAuth } from '../../registry/credentials.js';
import { recordPulledImage } from '../../registry/pull-record.js';
import { registryError } from '../../registry/errors.js';
import { fallBackUnlessBadAnswer } from '../../engine/errors.js';
import { familiarReference, fullReference, parseImageReference } from '../../registry/reference.js';
import { followRegistryStream } from '../../registry/stream.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const m = registryMessages();
  if (command.args.length !== 1) throw usageError(m.exactlyOneArgument('pull'), m.pullUsage);
  const quiet = flagBool(command, 'quiet');
  const allTags = flagBool(command, 'all-tags');
  const ref = parseImageReference(command.args[0]!);
  if (allTags && (ref.tag !== undefined || ref.digest !== undefined)) throw usageError(m.allTagsWithTag, m.pullUsage);
  const output = new CommandOutput(context);
  if (!allTags && ref.tag === undefined && ref.digest === undefined) {
    ref.tag = 'latest';
    if (!quiet) output.out('Using default tag: latest\n');
  }
  const { docker, address } = context.connection;
  const reference = fullReference(ref);
  const existed = allTags ? true : await docker.getImage(reference).inspect().then(() => true, fallBackUnlessBadAnswer(false));
  const auth = await registryAuth(ref.domain, context.env);
  const name = familiarReference({ domain: ref.domain, path: ref.path });
  const query: Record<string, string> = { fromImage: name };
  const tag = ref.digest ?? ref.tag;
  if (tag !== undefined) query.tag = tag;
  let stream: Readable;
  try {
    stream = (await docker.createImage(auth ?? {}, query)) as Readable;
  } catch (error) {
    throw registryError(error, ref.domain, address.url, reference);
  }
  const { upToDate } = await followRegistryStream(stream, { output, quiet, host: ref.domain, daemonUrl: address.url, request: 'POST /images/create', reference });
  output.out(`${reference}\n`);
  if (!existed) {
    const image = await docker.getImage(reference).inspect().catch(fallBackUnlessBadAnswer(undefined));
    if (image) await recordPulledImage({ reference, id: image.Id }, context.env);
  }
  return { exitCode: 0, output: output.text, ...(upToDate ? { upToDate } : {}) };
};
