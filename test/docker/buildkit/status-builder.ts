/** Small SolveStatus messages for the pure BuildKit tests: times in milliseconds after a fixed start. */
import type { SolveStatus, Time, Vertex, VertexLog, VertexStatus } from '../../../src/docker/buildkit/decode-status.js';

const BASE = 1_800_000_000_000_000_000n;

/** The daemon's clock, `ms` milliseconds into the build. */
export function at(ms: number): Time {
  return BASE + BigInt(Math.round(ms * 1_000_000));
}

export function status(parts: Partial<SolveStatus>): SolveStatus {
  return { vertexes: [], statuses: [], logs: [], warnings: [], ...parts };
}

export function vertex(digest: string, name: string, fields: { started?: number; completed?: number; cached?: boolean; error?: string } = {}): Vertex {
  return {
    digest,
    inputs: [],
    name,
    cached: fields.cached ?? false,
    error: fields.error ?? '',
    ...(fields.started !== undefined ? { started: at(fields.started) } : {}),
    ...(fields.completed !== undefined ? { completed: at(fields.completed) } : {}),
  };
}

export function progress(vertexDigest: string, id: string, fields: { current?: number; total?: number; ts: number; started?: number; completed?: number }): VertexStatus {
  return {
    id,
    vertex: vertexDigest,
    name: '',
    current: fields.current ?? 0,
    total: fields.total ?? 0,
    timestamp: at(fields.ts),
    ...(fields.started !== undefined ? { started: at(fields.started) } : {}),
    ...(fields.completed !== undefined ? { completed: at(fields.completed) } : {}),
  };
}

export function log(vertexDigest: string, ms: number, text: string, stream = 1): VertexLog {
  return { vertex: vertexDigest, timestamp: at(ms), stream, data: Buffer.from(text) };
}

/** A build like `FROM busybox`, `RUN echo hello`, then `RUN exit 3` when `fail`, as messages in order. */
export function sampleBuild(options: { cachedRun?: boolean; fail?: boolean } = {}): SolveStatus[] {
  const messages: SolveStatus[] = [
    status({ vertexes: [vertex('d1', '[internal] load build definition from Dockerfile', { started: 0 })] }),
    status({ statuses: [progress('d1', 'transferring dockerfile:', { current: 59, ts: 20, started: 15, completed: 20 })] }),
    status({ vertexes: [vertex('d1', '[internal] load build definition from Dockerfile', { started: 0, completed: 30 })] }),
    status({ vertexes: [vertex('m', '[internal] load metadata for docker.io/library/busybox:latest', { started: 31, completed: 40 })] }),
    status({ vertexes: [vertex('f', '[1/3] FROM docker.io/library/busybox', { started: 41, completed: 42, cached: true })] }),
  ];
  if (options.cachedRun) messages.push(status({ vertexes: [vertex('r', '[2/3] RUN echo hello', { started: 43, completed: 44, cached: true })] }));
  else {
    messages.push(
      status({ vertexes: [vertex('r', '[2/3] RUN echo hello', { started: 43 })] }),
      status({ logs: [log('r', 297, 'hello\n')] }),
      status({ vertexes: [vertex('r', '[2/3] RUN echo hello', { started: 43, completed: 343 })] }),
    );
  }
  if (options.fail) {
    const error = 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3';
    messages.push(
      status({ vertexes: [vertex('x', '[3/3] RUN echo bye; exit 3', { started: 350 })] }),
      status({ logs: [log('x', 450, 'bye\n')] }),
      status({ vertexes: [vertex('x', '[3/3] RUN echo bye; exit 3', { started: 350, completed: 500, error })] }),
    );
  } else {
    messages.push(
      status({ vertexes: [vertex('x', '[3/3] RUN echo bye', { started: 350, completed: 351, cached: true })] }),
      status({ vertexes: [vertex('e', 'exporting to image', { started: 360 })], statuses: [progress('e', 'exporting layers', { ts: 361, started: 360, completed: 361 })] }),
      status({
        vertexes: [vertex('e', 'exporting to image', { started: 360, completed: 380 })],
        statuses: [progress('e', 'writing image sha256:abc', { ts: 370, started: 362, completed: 370 }), progress('e', 'naming to docker.io/library/dt-hello:latest', { ts: 379, started: 371, completed: 379 })],
      }),
    );
  }
  return messages;
}
