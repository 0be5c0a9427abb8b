/** `docker run`: create a container from an image, start it, and stream it or leave it running. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { containerMessages } from '../../../i18n/containers.js';
import { normalizeImageReference } from '../../command-line/canonical.js';
import { runCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { runCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return runCommandMessages(lang).flags;
}

export function explain(outcome: Outcome): string {
  const volumes = createdVolumes(outcome);
  const said = explainContainer(outcome);
  return volumes.length > 0 ? `${runCommandMessages().volumesCreated(volumes)} ${said}` : said;
}

/** The volumes docktutor created before the container: looked up (404), then created. */
function createdVolumes({ requests, sent }: Outcome): string[] {
  if (!sent('POST', /^\/volumes\/create$/)) return [];
  return requests.filter((r) => r.method === 'GET' && r.status === 404 && /^\/volumes\/[^/]+$/.test(r.path)).map((r) => decodeURIComponent(r.path.slice('/volumes/'.length)));
}

function explainContainer({ command, exitCode, failure, sent }: Outcome): string {
  const m = runCommandMessages();
  const image = normalizeImageReference(command.args[0] ?? '');
  if (!sent('POST', /^\/containers\/create$/)) return m.notCreated(image);
  if (!sent('POST', /^\/containers\/[^/]+\/start$/)) return m.notStarted;
  // Started, then the daemon went away: whatever code came back is not the container's.
  if (failure?.kind === 'daemon') return containerMessages().daemonGoneNote;
  return m.explained({
    image,
    pulled: sent('POST', /^\/images\/create$/),
    detached: command.flags.detach === true,
    removed: sent('DELETE', /^\/containers\/[^/]+$/),
    exitCode,
  });
}
