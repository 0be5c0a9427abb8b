/**
 * What docker 28 prints after a failed BuildKit build, under the progress: for each failed step a
 * block with its name and last output lines between `------` rules, the Dockerfile lines around the
 * failing instruction, and `ERROR: failed to solve: <reason>`. The Engine API's stream carries the
 * reason as text only (no source position, unlike BuildKit's own client), so the Dockerfile lines are
 * found by matching the step's instruction against the Dockerfile. Pure.
 */
import { isCanceled } from './plain-printer.js';
import type { BuildTrace, TraceVertex } from './trace.js';
import { cleanLine } from './terminal-lines.js';

/** The `------` blocks; `linesOf` gives a failed step's output lines (the plain printer keeps the last ten). */
export function formatErrorLogs(trace: BuildTrace, linesOf: (v: TraceVertex) => string[]): string {
  let out = '';
  for (const v of trace.started) {
    if (!v.vertex.error || isCanceled(v.vertex.error)) continue;
    out += `------\n > ${v.name}:\n`;
    for (const line of linesOf(v)) out += `${line}\n`;
    out += '------\n';
  }
  return out;
}

/** The last line, as the docker CLI (buildx) words a failed solve. */
export function formatFailure(reason: string): string {
  const text = cleanLine(reason);
  return `ERROR: ${text.startsWith('failed to solve') ? text : `failed to solve: ${text}`}`;
}

const STEP_NAME = /^\[[^\]]*\d+\/\d+\] (.*)$/s;

/**
 * BuildKit's source excerpt (`Dockerfile:3`, the lines around it, `>>>` on the instruction), for the
 * failed step `vertexName` ("[3/3] RUN exit 3"); undefined when no instruction of the Dockerfile matches.
 */
export function formatSourceExcerpt(dockerfile: string, filename: string, vertexName: string): string | undefined {
  const instruction = STEP_NAME.exec(vertexName)?.[1];
  if (!instruction) return undefined;
  const lines = dockerfile.split('\n');
  const range = findInstruction(lines, instruction);
  if (!range) return undefined;
  let [start, end] = range;
  const first = start;
  const pad = start === end ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start -= 1;
      p += 1;
    }
    if (end !== lines.length) {
      end += 1;
      p += 1;
    }
  }
  let out = `${cleanLine(filename)}:${first}\n${'-'.repeat(20)}\n`;
  for (let i = start; i <= end; i++) {
    const marker = i >= range[0] && i <= range[1] ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${marker} ${cleanLine(lines[i - 1]!)}\n`;
  }
  return `${out}${'-'.repeat(20)}\n`;
}

/** 1-based first and last line of the instruction whose words (continuations joined) are `instruction`. */
function findInstruction(lines: string[], instruction: string): [number, number] | undefined {
  const wanted = words(instruction);
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(#|$)/.test(lines[i]!)) continue;
    let text = '';
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (/^\s*#/.test(line)) continue;
      const continued = /\\\s*$/.test(line);
      text += ` ${continued ? line.replace(/\\\s*$/, '') : line}`;
      if (!continued) break;
    }
    if (words(text).toLowerCase() === wanted.toLowerCase()) return [i + 1, Math.min(j, lines.length - 1) + 1];
    i = j;
  }
  return undefined;
}

function words(text: string): string {
  return text.trim().split(/\s+/).join(' ');
}
