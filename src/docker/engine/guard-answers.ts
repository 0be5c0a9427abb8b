/**
 * Every answer the daemon sends is read here, whatever the dockerode call. The library buffers a whole
 * answer without a bound, and when the connection breaks after the headers (a daemon killed mid-answer)
 * it never calls back at all: the command's promise stays pending, the event loop empties and Node
 * exits 0, which is how `run` once reported success for a container whose daemon died. So each request
 * goes through the library as a stream and its body is read here: capped, with a cut-off answer or
 * one that is not the JSON it claims to be rejected with one line naming the daemon.
 */
import type Docker from 'dockerode';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { daemonMessages } from '../../i18n/docker.js';
import { DaemonAnswerError } from './answers/answer-error.js';
import { checkDaemonAnswer, prepareAnswerCheckSoon } from './answers/routes.js';
import { AnswerTooLarge, describeLimit, readCapped } from './read-capped.js';

export { DaemonAnswerError } from './answers/answer-error.js';

/** `docker ps` of 10,000 containers is some 20 MiB; an answer past this is not one worth holding. */
export const MAX_DAEMON_ANSWER_BYTES = 64 * 1024 * 1024;

interface DialOptions {
  path: string;
  method: string;
  isStream?: boolean;
  hijack?: boolean;
  openStdin?: boolean;
  statusCodes: Record<number, boolean | string>;
}
type Callback = (error: unknown, result?: unknown) => void;
type BuildPayload = (
  error: unknown,
  isStream: boolean,
  statusCodes: Record<number, boolean | string>,
  openStdin: boolean,
  request: ClientRequest,
  answer: IncomingMessage,
  json: unknown,
  callback: Callback,
) => void;
interface Modem {
  dial(options: DialOptions, callback: Callback): void;
  buildPayload: BuildPayload;
}

/** Every status counts as an answer for the library: this module decides which ones are errors. */
const ANY_STATUS = new Proxy({}, { get: () => true }) as Record<number, true>;

/** Routes the client's requests through bounded, checked reading (see the file comment). */
export function guardAnswers(docker: Docker, url: string): void {
  const modem = docker.modem as unknown as Modem;
  const dial = modem.dial.bind(modem);
  boundRefusals(modem, url);
  modem.dial = (options, callback) => {
    // An upgraded connection (attach -i, exec -i, a build session) is a socket, not an answer to read. Asked
    // as a stream, so that an answer other than the upgrade reaches boundRefusals rather than a buffer.
    if (options.hijack || options.openStdin) return dial({ ...options, isStream: true }, callback);
    const request = describeRequest(options.method, options.path);
    dial({ ...options, isStream: true, statusCodes: ANY_STATUS }, (error, response) => {
      if (error) return callback(error);
      const answer = response as IncomingMessage;
      const wanted = options.statusCodes[answer.statusCode ?? 0] === true;
      // A wanted stream (logs -f, pull, build, attach) is its reader's to read; an error's body is short.
      if (wanted && options.isStream) return callback(null, answer);
      readAnswer(answer, request, url, wanted).then(
        (body) => (wanted ? callback(null, body) : callback(statusError(answer.statusCode ?? 0, options.statusCodes, body))),
        (failure: unknown) => callback(failure),
      );
    });
    if (!options.isStream) prepareAnswerCheckSoon(request);
  };
}

/**
 * A daemon that refuses an upgrade (attach -i, exec -i, a build session) answers with a status and a
 * body, which the library gathers into one string without any bound: that body is read here instead,
 * capped, and becomes the library's own error, so a refusal of any size ends in one line.
 */
function boundRefusals(modem: Modem, url: string): void {
  const build = modem.buildPayload.bind(modem);
  modem.buildPayload = (error, isStream, statusCodes, openStdin, request, answer, json, callback) => {
    if (error || !isStream || statusCodes[answer.statusCode ?? 0] === true) return build(error, isStream, statusCodes, openStdin, request, answer, json, callback);
    readDaemonBody(answer, describeRequest(request.method, request.path), url).then(
      (bytes) => callback(statusError(answer.statusCode ?? 0, statusCodes, parseRefusal(bytes))),
      (failure: unknown) => callback(failure),
    );
  };
}

/** The refusal's JSON (its `message` is the daemon's reason) or, when it is not JSON, its text. */
function parseRefusal(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return bytes;
  }
}

/** The whole body of one answer, capped; `request` ("GET /containers/json") names it in the errors. */
export async function readDaemonBody(answer: IncomingMessage, request: string, url: string): Promise<Buffer> {
  const m = daemonMessages();
  let bytes: Buffer;
  try {
    bytes = await readCapped(answer, MAX_DAEMON_ANSWER_BYTES);
  } catch (error) {
    if (error instanceof AnswerTooLarge) throw new DaemonAnswerError(m.answerTooLarge(url, request, describeLimit(error.limit)), error.message);
    throw new DaemonAnswerError(m.answerCut(url, request), 'unexpected EOF');
  }
  if (!answer.complete) throw new DaemonAnswerError(m.answerCut(url, request), 'unexpected EOF');
  return bytes;
}

/** "GET /containers/json" for "/v1.45/containers/json?all=1": what the messages call a request. */
export function describeRequest(method: string, path: string): string {
  return `${method} ${path.split('?')[0]!.replace(/^\/v\d+\.\d+\//, '/')}`;
}

/**
 * The body as the library would give it: parsed JSON when the daemon says it is JSON, else the bytes.
 * A wanted answer is also checked against the fields its readers use (answers/routes.ts).
 */
async function readAnswer(answer: IncomingMessage, request: string, url: string, wanted: boolean): Promise<unknown> {
  const body = parseBody(answer, await readDaemonBody(answer, request, url), request, url);
  if (wanted) await checkDaemonAnswer(request, body, url);
  return body;
}

function parseBody(answer: IncomingMessage, bytes: Buffer, request: string, url: string): unknown {
  const text = bytes.toString('utf8');
  // The daemon labels its JSON; logs and pings are bytes. Without a label, JSON is what looks like it.
  const declared = answer.headers['content-type'];
  const isJson = declared === undefined ? /^\s*[[{]/.test(text) : /json/i.test(declared);
  if (!isJson || text.trim() === '') return bytes;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DaemonAnswerError(daemonMessages().answerNotJson(url, request), 'malformed JSON');
  }
}

/** The library's own error for a status it was not told to accept, so the rest of docktutor reads it as before. */
function statusError(status: number, statusCodes: DialOptions['statusCodes'], body: unknown): Error {
  const label = statusCodes[status];
  const cause = body as { message?: unknown } | Buffer | string;
  const said = Buffer.isBuffer(cause) ? cause.toString('utf8') : typeof cause === 'object' && cause !== null && typeof cause.message === 'string' ? cause.message : String(cause);
  const error = new Error(`(HTTP code ${status}) ${typeof label === 'string' ? label : 'unexpected'} - ${said} `) as Error & Record<string, unknown>;
  error.reason = label;
  error.statusCode = status;
  error.json = Buffer.isBuffer(body) ? body.toString('utf8') : body;
  return error;
}
