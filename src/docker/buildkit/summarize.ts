/**
 * What a BuildKit build did, read from its trace: each Dockerfile step (`[2/4] RUN ...`) with whether
 * it ran or came from the cache and how long it took, the steps that failed, the other work BuildKit
 * did (`[internal] ...`, exporting). Lesson checks count cached steps by the step number of the vertex
 * name, as they count `Step 2/4 ... Using cache` under the legacy builder. A FROM step only looks up
 * the base image: BuildKit marks it CACHED or not from one daemon to the next, and the legacy builder
 * never counted it, so it is left out of both lists. Pure.
 */
import type { BuildTrace } from './trace.js';

export interface StepSummary {
  /** `#N` as the plain output numbered it (0 when it was never printed). */
  index: number;
  name: string;
  /** The Dockerfile step number ("[2/4]" gives 2), with its stage ("[build 2/4]"); undefined for other work. */
  step?: number;
  stage?: string;
  cached: boolean;
  seconds: number;
  error?: string;
}

export interface BuildSummary {
  steps: StepSummary[];
  /** Dockerfile step numbers (FROM aside) whose vertex was CACHED, in order, each once. */
  cachedSteps: number[];
  /** Dockerfile step numbers (FROM aside) that ran. */
  ranSteps: number[];
}

const STEP = /^\[(?:(.+) )?(\d+)\/\d+\] /;

export function summarizeBuild(trace: BuildTrace): BuildSummary {
  const steps: StepSummary[] = trace.started.map((v) => {
    const match = STEP.exec(v.name);
    return {
      index: v.index,
      name: v.name,
      ...(match ? { step: Number(match[2]) } : {}),
      ...(match?.[1] ? { stage: match[1] } : {}),
      cached: v.vertex.cached,
      seconds: v.isCompleted() ? v.duration(0n) : 0,
      ...(v.vertex.error ? { error: v.vertex.error } : {}),
    };
  });
  const counted = steps.filter((s) => s.step !== undefined && !s.error && !/^\[[^\]]*\] FROM /i.test(s.name));
  const numbers = (cached: boolean) => [...new Set(counted.filter((s) => s.cached === cached).map((s) => s.step!))];
  return { steps, cachedSteps: numbers(true), ranSteps: numbers(false) };
}
