/**
 * BuildKit's progress as the Engine API streams it: `POST /build?version=2` answers with JSON lines, and
 * `{"id":"moby.buildkit.trace","aux":"<base64>"}` carries one `StatusResponse` protobuf (BuildKit's
 * api/services/control/control.proto). The message definitions below are the subset docktutor reads;
 * fields not listed (progress groups, warning source ranges) are skipped by the decoder.
 * Times become bigint nanoseconds since the epoch so durations keep Go's precision. Pure.
 */
import protobuf from 'protobufjs/light.js';

const repeated = (type: string, id: number) => ({ rule: 'repeated', type, id });
const field = (type: string, id: number) => ({ type, id });

/** Field numbers from control.proto and google/protobuf/timestamp.proto. */
const DESCRIPTOR = {
  nested: {
    Timestamp: { fields: { seconds: field('int64', 1), nanos: field('int32', 2) } },
    StatusResponse: {
      fields: {
        vertexes: repeated('Vertex', 1),
        statuses: repeated('VertexStatus', 2),
        logs: repeated('VertexLog', 3),
        warnings: repeated('VertexWarning', 4),
      },
    },
    Vertex: {
      fields: {
        digest: field('string', 1),
        inputs: repeated('string', 2),
        name: field('string', 3),
        cached: field('bool', 4),
        started: field('Timestamp', 5),
        completed: field('Timestamp', 6),
        error: field('string', 7),
      },
    },
    VertexStatus: {
      fields: {
        ID: field('string', 1),
        vertex: field('string', 2),
        name: field('string', 3),
        current: field('int64', 4),
        total: field('int64', 5),
        timestamp: field('Timestamp', 6),
        started: field('Timestamp', 7),
        completed: field('Timestamp', 8),
      },
    },
    VertexLog: {
      fields: { vertex: field('string', 1), timestamp: field('Timestamp', 2), stream: field('int64', 3), msg: field('bytes', 4) },
    },
    VertexWarning: {
      fields: { vertex: field('string', 1), level: field('int64', 2), short: field('bytes', 3), detail: repeated('bytes', 4), url: field('string', 5) },
    },
  },
};

/** Nanoseconds since the Unix epoch. */
export type Time = bigint;

export interface Vertex {
  digest: string;
  inputs: string[];
  name: string;
  cached: boolean;
  started?: Time;
  completed?: Time;
  error: string;
}

export interface VertexStatus {
  id: string;
  vertex: string;
  name: string;
  current: number;
  total: number;
  timestamp: Time;
  started?: Time;
  completed?: Time;
}

export interface VertexLog {
  vertex: string;
  timestamp: Time;
  /** 1 stdout, 2 stderr. */
  stream: number;
  data: Buffer;
}

export interface VertexWarning {
  vertex: string;
  level: number;
  short: string;
  detail: string[];
  url: string;
}

export interface SolveStatus {
  vertexes: Vertex[];
  statuses: VertexStatus[];
  logs: VertexLog[];
  warnings: VertexWarning[];
}

let statusType: protobuf.Type | undefined;

/** Decodes one `moby.buildkit.trace` aux value; throws on bytes that are not a StatusResponse. */
export function decodeStatus(base64: string): SolveStatus {
  statusType ??= protobuf.Root.fromJSON(DESCRIPTOR).lookupType('StatusResponse');
  const raw = statusType.toObject(statusType.decode(Buffer.from(base64, 'base64')), { longs: String, bytes: Buffer, arrays: true, defaults: true }) as RawStatus;
  return {
    vertexes: raw.vertexes.map((v) => ({
      digest: v.digest,
      inputs: v.inputs,
      name: v.name,
      cached: v.cached,
      ...optionalTime('started', v.started),
      ...optionalTime('completed', v.completed),
      error: v.error,
    })),
    statuses: raw.statuses.map((s) => ({
      id: s.ID,
      vertex: s.vertex,
      name: s.name,
      current: Number(s.current),
      total: Number(s.total),
      timestamp: toTime(s.timestamp) ?? 0n,
      ...optionalTime('started', s.started),
      ...optionalTime('completed', s.completed),
    })),
    logs: raw.logs.map((l) => ({ vertex: l.vertex, timestamp: toTime(l.timestamp) ?? 0n, stream: Number(l.stream), data: Buffer.from(l.msg) })),
    warnings: raw.warnings.map((w) => ({
      vertex: w.vertex,
      level: Number(w.level),
      short: Buffer.from(w.short).toString('utf8'),
      detail: w.detail.map((d) => Buffer.from(d).toString('utf8')),
      url: w.url,
    })),
  };
}

interface RawTime {
  seconds: string;
  nanos: number;
}
interface RawStatus {
  vertexes: { digest: string; inputs: string[]; name: string; cached: boolean; started?: RawTime | null; completed?: RawTime | null; error: string }[];
  statuses: { ID: string; vertex: string; name: string; current: string; total: string; timestamp?: RawTime | null; started?: RawTime | null; completed?: RawTime | null }[];
  logs: { vertex: string; timestamp?: RawTime | null; stream: string; msg: Uint8Array }[];
  warnings: { vertex: string; level: string; short: Uint8Array; detail: Uint8Array[]; url: string }[];
}

function toTime(raw: RawTime | null | undefined): Time | undefined {
  if (!raw) return undefined;
  return BigInt(raw.seconds) * 1_000_000_000n + BigInt(raw.nanos);
}

function optionalTime<K extends string>(key: K, raw: RawTime | null | undefined): { [P in K]?: Time } {
  const time = toTime(raw);
  return (time === undefined ? {} : { [key]: time }) as { [P in K]?: Time };
}
