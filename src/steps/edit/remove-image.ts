/** Images the edit checks leave behind (a rebuild's, the one a tag moved away from), removed when provably docktutor's. */
import { forgetCreated, readOwnership } from '../../docker/clean/created-record.js';
import type { Connection } from '../../docker/engine/connect.js';
import { fallBackUnlessBadAnswer } from '../../docker/engine/errors.js';
import { MANAGED_LABEL } from '../../docker/engine/labels.js';

/** The image a rebuild took the tag from: removed when docktutor provably built it and it is now untagged. */
export async function removeIfUnused(connection: Connection, id: string, env: NodeJS.ProcessEnv): Promise<void> {
  const info = await connection.docker.getImage(id).inspect().catch(fallBackUnlessBadAnswer(undefined));
  if (!info || (info.RepoTags ?? []).length > 0 || info.Config?.Labels?.[MANAGED_LABEL] !== 'true') return;
  if (!(await readOwnership(env)).owns('image', info.Id)) return;
  // A container still using it keeps it: the daemon refuses, and that is fine.
  const removed = await connection.docker.getImage(id).remove().then(() => true, () => false);
  if (removed) await forgetCreated([{ kind: 'image', id: info.Id }], env);
}
