/**
 * Which schema each daemon request's answer is checked against, by request ("GET /info"). Every JSON
 * answer docktutor reads through dockerode passes here (guard-answers.ts), so no command reads a field
 * of an answer that was not checked. The schema modules (and zod with them) load with the first answer
 * that needs one: a command that reads no JSON answer does not pay for them.
 */
import type * as z from 'zod/mini';
import { daemonMessages } from '../../../i18n/docker.js';
import { DaemonAnswerError } from './answer-error.js';
import { checkAnswer } from './check.js';

type Schema = () => Promise<z.ZodMiniType>;

const system = () => import('./system.js');
const images = () => import('./images.js');
const containers = () => import('./containers.js');
const lists = () => import('./lists.js');

/** Image names hold slashes and colons; container, exec, network and volume IDs or names hold neither slash. */
const NAME = '[^/]+';
const ROUTES: [RegExp, Schema][] = [
  [/^GET \/info$/, async () => (await system()).infoAnswer()],
  [/^GET \/version$/, async () => (await system()).versionAnswer()],
  [/^GET \/system\/df$/, async () => (await system()).diskUsageAnswer()],
  [/^GET \/containers\/json$/, async () => (await lists()).containerList()],
  [/^GET \/images\/json$/, async () => (await lists()).imageList()],
  [/^GET \/volumes$/, async () => (await lists()).volumeList()],
  [/^GET \/networks$/, async () => (await lists()).networkList()],
  [/^GET \/images\/search$/, async () => (await images()).searchAnswer()],
  [/^POST \/images\/prune$/, async () => (await images()).imagePruneAnswer()],
  [/^GET \/images\/.+\/history$/, async () => (await images()).historyAnswer()],
  [/^GET \/images\/.+\/json$/, async () => (await images()).imageInspectAnswer()],
  [/^DELETE \/images\/.+$/, async () => (await images()).imageDeleteAnswer()],
  [/^POST \/containers\/create$/, async () => (await containers()).containerCreateAnswer()],
  [/^POST \/containers\/prune$/, async () => (await containers()).containerPruneAnswer()],
  [new RegExp(`^GET /containers/${NAME}/json$`), async () => (await containers()).containerInspectAnswer()],
  [new RegExp(`^POST /containers/${NAME}/wait$`), async () => (await containers()).containerWaitAnswer()],
  [new RegExp(`^POST /containers/${NAME}/exec$`), async () => (await containers()).execCreateAnswer()],
  [new RegExp(`^GET /exec/${NAME}/json$`), async () => (await containers()).execInspectAnswer()],
  [/^POST \/volumes\/create$/, async () => (await containers()).volumeCreateAnswer()],
  [new RegExp(`^GET /(networks|volumes)/${NAME}$`), async () => (await containers()).objectAnswer()],
];

const prepared = new Set<Schema>();

/**
 * Builds the schema the answer to `request` will be checked against, if it has one: once the request is
 * written (dockerode sends it on a later tick), so that zod and the schema are ready while the daemon is
 * still answering (ten milliseconds for GET /version) instead of being built after. Once per route: inside
 * a session the same few requests come back, and a timer apiece for a schema long built would be work
 * between the learner's Enter and the request. A failure is left to the check.
 */
export function prepareAnswerCheckSoon(request: string): void {
  const schema = schemaFor(request);
  if (schema === undefined || prepared.has(schema)) return;
  prepared.add(schema);
  setImmediate(() => schema().catch(() => undefined));
}

/** The schema (built on first use) of the answer to `request`, or none for a request whose answer is not checked. */
function schemaFor(request: string): Schema | undefined {
  return ROUTES.find(([pattern]) => pattern.test(request))?.[1];
}

/** Requests whose answer may come empty: `run` reports an empty wait answer as the docker CLI does ("unexpected EOF"). */
const MAY_BE_EMPTY = new RegExp(`^POST /containers/${NAME}/wait$`);

/**
 * Throws a DaemonAnswerError when the answer to `request` is not what its readers expect. `answer` is
 * the parsed JSON, or the bytes of a body that was not JSON.
 */
export async function checkDaemonAnswer(request: string, answer: unknown, url: string): Promise<void> {
  const schema = schemaFor(request);
  if (!schema) return;
  if (Buffer.isBuffer(answer)) {
    if (answer.length === 0 && MAY_BE_EMPTY.test(request)) return;
    throw new DaemonAnswerError(daemonMessages().answerNotJson(url, request), 'malformed JSON');
  }
  checkAnswer(await schema(), answer, url, request);
}
