/**
 * Reads the Engine API's streamed JSON answers (pull, push, build): one object per line, though a
 * chunk may end in the middle of one, so text is kept until its line is complete.
 */
import type { Readable } from 'node:stream';
import type { JsonMessage } from './stream-progress.js';

export async function readJsonStream(stream: Readable, onMessage: (message: JsonMessage) => void): Promise<void> {
  let pending = '';
  const flush = (final: boolean) => {
    const lines = pending.split('\n');
    pending = final ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      const text = line.trim();
      if (!text) continue;
      let message: JsonMessage;
      try {
        message = JSON.parse(text) as JsonMessage;
      } catch {
        // Not JSON (a proxy's error page, say): show it as it came rather than lose it.
        message = { stream: `${text}\n` };
      }
      onMessage(message);
    }
  };
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    flush(false);
  }
  flush(true);
}
