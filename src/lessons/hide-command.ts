/**
 * A recall step keeps its command hidden until the learner asks for it. Lesson prose often shows a
 * sample session just before the task (`$ docker ps -s` and what it prints), which would hand the
 * answer over: in a recall step's own prose, a `$ ` line that runs the step's command is shown with
 * the command replaced by a note, and the output under it is kept. Pure, on the Markdown source.
 */
import { canonicalCommand } from '../docker/command-line/index.js';

const SAMPLE_LINE = /^(\s*)\$ (.+)$/;

/** `markdown` with every sample line running `command` (by meaning: flag order, `busybox` for `busybox:latest`) showing `note` instead. */
export function hideRecallCommand(markdown: string, command: string, note: string): string {
  const expected = meaningOf(command);
  return markdown
    .split('\n')
    .map((line) => {
      const sample = SAMPLE_LINE.exec(line);
      return sample && meaningOf(sample[2]!) === expected ? `${sample[1]}$ ${note}` : line;
    })
    .join('\n');
}

/** A line the parser cannot read (an example of a wrong command, a shell pipeline) is compared as written. */
function meaningOf(line: string): string {
  try {
    return canonicalCommand(line.trim());
  } catch {
    return line.trim().replace(/\s+/g, ' ');
  }
}
