/**
 * Runs `docker tag SOURCE TARGET`: the target name is checked here first, as the docker CLI checks it,
 * then POST /images/{source}/tag?repo=&tag= (the tag `latest` when none is given). Prints nothing.
 * The source is looked at first (GET /images/{source}/json) so that a name docktutor really wrote is
 * recorded as its own, with the image it went to, and `clean` can take that name away again; a name the
 * image already had is not docktutor's to take.
 */
import { DocktutorError } from '../../../errors.js';
import { toDocktutorError, fallBackUnlessBadAnswer } from '../../engine/errors.js';
import { familiarReference, parseImageReference, type ImageReference } from '../../registry/reference.js';
import type { CommandHandler } from '../types.js';
import { tagCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const m = tagCommandMessages();
  const [source, target] = command.args as [string, string];
  const ref = parseTarget(target);
  if (ref.digest !== undefined) throw new DocktutorError('usage', m.digestTarget, { hint: m.digestHint, exitCode: 1 });
  const { docker, address } = context.connection;
  const repo = familiarReference({ domain: ref.domain, path: ref.path });
  const name = `${repo}:${ref.tag ?? 'latest'}`;
  // A missing source is left to the tag request, whose refusal is the one the docker CLI prints.
  const before = await docker.getImage(source).inspect().catch(fallBackUnlessBadAnswer(undefined));
  try {
    await docker.getImage(source).tag({ repo, tag: ref.tag ?? 'latest' });
  } catch (error) {
    throw toDocktutorError(error, address.url, { notFound: m.notFoundHint });
  }
  const written = before !== undefined && !(before.RepoTags ?? []).includes(name);
  return { exitCode: 0, output: '', ...(written ? { created: [{ kind: 'tag' as const, id: name, image: before.Id }] } : {}) };
};

/** The target as an image name; the docker CLI refuses a bad one with exit code 1, before asking the daemon. */
function parseTarget(target: string): ImageReference {
  try {
    return parseImageReference(target);
  } catch (error) {
    if (!(error instanceof DocktutorError)) throw error;
    throw new DocktutorError('usage', error.message, error.hint === undefined ? { exitCode: 1 } : { hint: error.hint, exitCode: 1 });
  }
}
