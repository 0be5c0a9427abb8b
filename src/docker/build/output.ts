/**
 * Reads the classic builder's output line by line as it goes by: the step in progress, the steps
 * taken from the cache, the image ID. It also takes docktutor's own bookkeeping out of the picture:
 * the daemon applies the `labels` of a build as extra `LABEL` steps after the last instruction, one
 * per label, which would turn docker's "Step 8/8" into "Step 8/10". Those steps are hidden and the
 * totals renumbered, so the learner sees the steps of their own Dockerfile, as with `docker build`.
 * Pure.
 */
const STEP = /^Step (\d+)\/(\d+) : (.*)$/;
const CACHED = /^ ---> Using cache$/;
const BUILT = /^Successfully built ([0-9a-f]+)$/;
const QUIET_ID = /^(sha256:[0-9a-f]{64})$/;
const FINISHED = /^Successfully (built|tagged) /;

export class BuildOutput {
  readonly cachedSteps: number[] = [];
  imageId: string | undefined;
  private step: number | undefined;
  private partial = '';
  private hiding = false;

  /** `labelSteps`: how many labels docktutor added to the build (each is one hidden step at the end). */
  constructor(private readonly labelSteps: number) {}

  /** Takes stream text (any piece of it) and returns the complete lines to show. */
  push(text: string): string {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    return lines.map((line) => this.readLine(line)).join('');
  }

  /** The last, unterminated piece of text, at the end of the stream. */
  flush(): string {
    const rest = this.partial;
    this.partial = '';
    return rest ? this.readLine(rest).replace(/\n$/, '') : '';
  }

  /** The final image ID from an `aux` message: the full sha256 form. */
  readAux(aux: unknown): void {
    const id = (aux as { ID?: unknown } | undefined)?.ID;
    if (typeof id === 'string') this.imageId = id;
  }

  private readLine(line: string): string {
    const step = STEP.exec(line);
    if (step) {
      const index = Number(step[1]);
      const total = Number(step[2]) - this.labelSteps;
      this.hiding = index > total && step[3]!.startsWith('LABEL io.docktutor.');
      if (this.hiding) return '';
      this.step = index;
      return `Step ${index}/${total} : ${step[3]}\n`;
    }
    if (FINISHED.test(line)) this.hiding = false;
    if (this.hiding) return '';
    if (CACHED.test(line) && this.step !== undefined && !this.cachedSteps.includes(this.step)) this.cachedSteps.push(this.step);
    this.imageId ??= BUILT.exec(line)?.[1] ?? QUIET_ID.exec(line)?.[1];
    return `${line}\n`;
  }
}
