/**
 * In an `-it` session the container's terminal echoes every key the learner types, so its output holds
 * the learner's own lines: `echo written > /tmp/note` shows "written" even when the redirection
 * fails. Output checks must read what the container printed, not that echo. The keys sent are recorded
 * on the way in, replayed into the lines the learner entered, and those lines are taken out of the
 * output where the terminal echoed them (after the shell's prompt).
 */
import type { Readable } from 'node:stream';

/** Starts recording the keys read from `stdin`; `stop` returns them and leaves the stream as it was. */
export function recordTypedInput(stdin: Readable): { stop: () => string } {
  const chunks: string[] = [];
  const keep = (chunk: Buffer | string) => void chunks.push(String(chunk));
  // Paused first: a listener added to a paused stream does not start it, so no key is read before the
  // command attaches its own listener (both then see every key).
  stdin.pause();
  stdin.on('data', keep);
  return {
    stop: () => {
      stdin.off('data', keep);
      return chunks.join('');
    },
  };
}

/** The lines the learner entered, as the line editor would have them: erase keys applied, escapes left out. */
export function typedLines(keys: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (let index = 0; index < keys.length; index += 1) {
    const char = keys[index]!;
    if (char === '\r' || char === '\n') {
      lines.push(line);
      line = '';
      if (char === '\r' && keys[index + 1] === '\n') index += 1;
    } else if (char === '\x7f' || char === '\b') line = line.slice(0, -1);
    else if (char === '\x15') line = '';
    else if (char === '\x17') line = line.replace(/\S*\s*$/, '');
    else if (char === '\x1b') index = skipEscape(keys, index);
    else if (char >= ' ') line += char;
  }
  if (line !== '') lines.push(line);
  return lines.filter((entry) => entry.trim() !== '');
}

/**
 * The output without the learner's echoed lines. Each output line is first drawn as a terminal would
 * show it (carriage returns, backspaces, erase-line); a line that ends with the next typed line loses
 * that ending. Lines are matched in order, once each, so a program that repeats the input (cat) keeps
 * its own copy. Keys that reach the terminal before the program has started are echoed twice: first
 * bare, by the terminal itself (at the top, or under the banner a shell printed first), then again by
 * the shell's line editor after its prompt; that first block is taken out before the lines are matched.
 */
export function stripEchoedInput(output: string, typed: readonly string[]): string {
  if (typed.length === 0) return output;
  const lines = output.split('\n').map((raw) => drawLine(raw.replace(/\r$/, '')));
  const early = earlyEcho(lines, typed);
  let next = 0;
  return lines
    .map((shown, index) => {
      if (early.has(index)) return '';
      const wanted = typed[next];
      if (wanted !== undefined && shown.trimEnd().endsWith(wanted.trimEnd())) {
        next += 1;
        return shown.trimEnd().slice(0, shown.trimEnd().length - wanted.trimEnd().length);
      }
      return shown;
    })
    .join('\n');
}

/**
 * The indexes of the terminal's own echo of keys typed before the program read them: a run of lines that
 * are the typed lines themselves, bare and in order, whose first line comes back later after a prompt
 * (the line editor's echo of the same keys). The run is where the keys met the terminal: at the top, or
 * under a banner the shell printed first. Without that second echo a bare line may be a program's own
 * copy of its input (cat), and it stays.
 */
function earlyEcho(lines: readonly string[], typed: readonly string[]): Set<number> {
  const first = typed[0]!.trimEnd();
  for (let start = 0; start < lines.length; start += 1) {
    if (lines[start]!.trimEnd() !== first) continue;
    const found = new Set<number>();
    let next = 0;
    let index = start;
    for (; index < lines.length && next < typed.length; index += 1) {
      const shown = lines[index]!.trimEnd();
      if (shown === '') continue;
      if (shown !== typed[next]!.trimEnd()) break;
      found.add(index);
      next += 1;
    }
    const echoedAgain = lines.slice(index).some((line) => {
      const shown = line.trimEnd();
      return shown.length > first.length && shown.endsWith(first);
    });
    if (echoedAgain) return found;
  }
  return new Set();
}

/** One line as a terminal leaves it on screen. */
export function drawLine(raw: string): string {
  const cells: string[] = [];
  let cursor = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index]!;
    if (char === '\r') cursor = 0;
    else if (char === '\b') cursor = Math.max(0, cursor - 1);
    else if (char === '\x1b') {
      const csi = /^\x1b\[([0-9;?]*)([A-Za-z@])/.exec(raw.slice(index));
      if (csi) {
        const count = Number(csi[1] || '1');
        if (csi[2] === 'K') cells.length = csi[1] === '2' ? 0 : Math.min(cells.length, cursor);
        else if (csi[2] === 'D') cursor = Math.max(0, cursor - count);
        else if (csi[2] === 'C') cursor += count;
        else if (csi[2] === 'G') cursor = Math.max(0, count - 1);
        else if (csi[2] === 'P') cells.splice(cursor, count);
      }
      index = skipEscape(raw, index);
    } else if (char >= ' ') {
      while (cells.length < cursor) cells.push(' ');
      cells[cursor] = char;
      cursor += 1;
    }
  }
  return cells.join('');
}

/** The index of the last character of the escape sequence starting at `index`. */
function skipEscape(text: string, index: number): number {
  const rest = text.slice(index);
  const match = /^\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|O.|.)?/.exec(rest);
  return index + Math.max(0, (match?.[0].length ?? 1) - 1);
}
