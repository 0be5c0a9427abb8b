/**
 * The JSON lines of `POST /build?version=2`, sorted by what they carry: BuildKit progress
 * (`moby.buildkit.trace`), the built image's ID (`moby.image.id`), a failure (`errorDetail`), or text
 * (`stream`, which the docker CLI does not show for a BuildKit build). Pure.
 */
import { decodeStatus, type SolveStatus } from './decode-status.js';

export interface BuildJsonMessage {
  id?: string;
  aux?: unknown;
  stream?: string;
  error?: string;
  errorDetail?: { message?: string; code?: number };
}

export type BuildMessage =
  | { kind: 'status'; status: SolveStatus }
  | { kind: 'image'; id: string }
  | { kind: 'error'; message: string; code?: number }
  | { kind: 'stream'; text: string }
  | { kind: 'other' };

export function readBuildMessage(message: BuildJsonMessage): BuildMessage {
  if (message.errorDetail || message.error !== undefined) {
    const code = message.errorDetail?.code;
    return { kind: 'error', message: message.errorDetail?.message ?? message.error ?? '', ...(typeof code === 'number' ? { code } : {}) };
  }
  if (message.id === 'moby.buildkit.trace' && typeof message.aux === 'string') {
    try {
      return { kind: 'status', status: decodeStatus(message.aux) };
    } catch {
      // A progress message that does not decode costs a line of progress, not the build.
      return { kind: 'other' };
    }
  }
  if (message.id === 'moby.image.id') {
    const id = (message.aux as { ID?: unknown } | undefined)?.ID;
    return typeof id === 'string' ? { kind: 'image', id } : { kind: 'other' };
  }
  if (typeof message.stream === 'string') return { kind: 'stream', text: message.stream };
  return { kind: 'other' };
}
