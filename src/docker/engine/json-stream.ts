/**
 * Reads the Engine API's streamed JSON answers (pull, push, build): one object per line, though a
 * chunk may end in the middle of one (or of a UTF-8 character), so text is kept until its line is
 * complete. Only a chunk's own text is searched for line ends, so a long line costs linear time, and a
 * line past the daemon answer cap is not a message: reading stops there with one line.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { daemonMessages } from '../../i18n/docker.js';
import { describeIssuePath } from './answers/check.js';
import { streamMessage } from './answers/stream-message.js';
import { DaemonAnswerError, MAX_DAEMON_ANSWER_BYTES } from './guard-answers.js';
import { describeLimit } from './read-capped.js';
import type { JsonMessage } from './stream-progress.js';

/** Which answer the stream is, for the message naming a message that cannot be read. */
export interface StreamSource {
  /** The daemon's address. */
  url: string;
  /** "POST /images/create". */
  request: string;
}

export async function readJsonStream(stream: Readable, source: StreamSource, onMessage: (message: JsonMessage) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = (lines: string[]) => {
    for (const line of lines) {
      const text = line.trim();
      if (!text) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's error page, say): show it as it came rather than lose it.
        parsed = { stream: `${text}\n` };
      }
      onMessage(checkMessage(parsed, source));
    }
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    const end = text.lastIndexOf('\n');
    if (end === -1) pending += text;
    else {
      const complete = pending + text.slice(0, end);
      pending = text.slice(end + 1);
      emit(complete.split('\n'));
    }
    if (pending.length > MAX_DAEMON_ANSWER_BYTES) {
      const limit = describeLimit(MAX_DAEMON_ANSWER_BYTES);
      throw new DaemonAnswerError(daemonMessages().messageTooLarge(limit), `message larger than ${limit}`);
    }
  }
  emit([pending + decoder.end()]);
}

/** JSON of another shape (`null`, a number where text belongs) would break the renderers: one line names it. */
function checkMessage(message: unknown, source: StreamSource): JsonMessage {
  const result = streamMessage().safeParse(message, { jitless: true });
  if (result.success) return result.data;
  const where = describeIssuePath(result.error.issues[0]?.path ?? []);
  throw new DaemonAnswerError(daemonMessages().messageUnexpected(source.url, source.request, where), 'unexpected answer', where);
}
