/**
 * Splits a lesson body into sections at level-2 headings and lifts out the ```try and ```quiz blocks.
 * Fences are tracked by character and length, so a heading or a block inside another fence (say, a
 * ````markdown example of the format itself) stays text.
 */
export interface LessonBlock {
  kind: 'try' | 'quiz';
  source: string;
  /** 1-based file line of the opening fence; the YAML starts on the next line. */
  line: number;
  closed: boolean;
}

export interface Section {
  /** Undefined for the text before the first heading. */
  title: string | undefined;
  line: number;
  markdown: string;
  blocks: LessonBlock[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const HEADING = /^## +(.*?)(?:\s+#+)?\s*$/;

export function splitSections(body: string, firstLine: number): Section[] {
  const sections: Section[] = [];
  let current = { title: undefined as string | undefined, line: firstLine, lines: [] as string[], blocks: [] as LessonBlock[] };
  let fence: { marker: string; block?: LessonBlock; lines: string[] } | undefined;
  const finish = () => sections.push({ title: current.title, line: current.line, markdown: tidy(current.lines), blocks: current.blocks });

  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineNumber = firstLine + index;
    if (fence) {
      if (closes(line, fence.marker)) {
        if (fence.block) Object.assign(fence.block, { source: fence.lines.join('\n'), closed: true });
        else current.lines.push(line);
        fence = undefined;
      } else if (fence.block) fence.lines.push(line);
      else current.lines.push(line);
      return;
    }
    const open = FENCE.exec(line);
    if (open) {
      const info = open[2]!.toLowerCase();
      if (info === 'try' || info === 'quiz') {
        const block: LessonBlock = { kind: info, source: '', line: lineNumber, closed: false };
        current.blocks.push(block);
        fence = { marker: open[1]!, block, lines: [] };
      } else {
        fence = { marker: open[1]!, lines: [] };
        current.lines.push(line);
      }
      return;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      finish();
      current = { title: heading[1]!, line: lineNumber, lines: [], blocks: [] };
      return;
    }
    current.lines.push(line);
  });
  // An unclosed block keeps what it collected so that its id can still be reported.
  if (fence?.block) fence.block.source = fence.lines.join('\n');
  finish();
  return sections;
}

function closes(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && /^ {0,3}(`+|~+)\s*$/.test(line) && trimmed[0] === marker[0];
}

/** Drops the blank lines left where blocks were lifted out. */
function tidy(lines: string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
