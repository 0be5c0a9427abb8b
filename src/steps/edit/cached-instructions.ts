/**
 * Which instructions of a build came from the cache, read from the build's plain output by their text,
 * so that neither builder's step numbering matters: the legacy builder's `Step 3/5 : RUN ...` followed
 * by ` ---> Using cache`, and BuildKit's `#7 [build 3/5] RUN ...` with a later `#7 CACHED`. FROM lines
 * are left out (they only look up an image). Pure.
 */
export interface InstructionCache {
  /** The instruction as the builder printed it: `RUN echo hi`. */
  text: string;
  cached: boolean;
}

const LEGACY_STEP = /^Step \d+\/\d+ : (.*)$/;
const LEGACY_CACHED = /^ ---> Using cache$/;
const KIT_STEP = /^#(\d+) \[(?:[^\]]* )?\d+\/\d+\] (.*)$/;
const KIT_CACHED = /^#(\d+) CACHED$/;

export function readInstructionCache(output: string): InstructionCache[] {
  const found: InstructionCache[] = [];
  const byVertex = new Map<string, InstructionCache>();
  let legacy: InstructionCache | undefined;
  for (const line of output.split(/\r?\n/)) {
    const step = LEGACY_STEP.exec(line);
    if (step) {
      legacy = { text: step[1]!.trim(), cached: false };
      found.push(legacy);
      continue;
    }
    if (legacy && LEGACY_CACHED.test(line)) {
      legacy.cached = true;
      continue;
    }
    const vertex = KIT_STEP.exec(line);
    if (vertex) {
      // A vertex is printed again each time its output resumes: keep the first.
      if (!byVertex.has(vertex[1]!)) {
        const entry = { text: vertex[2]!.trim(), cached: false };
        byVertex.set(vertex[1]!, entry);
        found.push(entry);
      }
      continue;
    }
    const cached = KIT_CACHED.exec(line);
    const entry = cached ? byVertex.get(cached[1]!) : undefined;
    if (entry) entry.cached = true;
  }
  return found.filter((entry) => !/^FROM\s/i.test(entry.text));
}

/**
 * The instructions a rebuild ran again that had to come from the cache: those whose text holds `keep`,
 * or every one without `keep`. `undefined` when `keep` names no instruction of the build at all.
 */
export function rerunInstructions(entries: InstructionCache[], keep: string | undefined): string[] | undefined {
  const wanted = keep === undefined ? entries : entries.filter((entry) => entry.text.includes(keep));
  if (keep !== undefined && wanted.length === 0) return undefined;
  return wanted.filter((entry) => !entry.cached).map((entry) => entry.text);
}
