/**
 * The legacy builder's output shown outside a passage about the legacy builder. Since Engine 23,
 * `docker build` runs BuildKit, which prints none of these lines; a lesson that shows them as what the
 * learner will see teaches something false. Each marker must sit in a passage that names the legacy
 * builder (docs/lesson-format.md, "The legacy builder's output"):
 *
 * - a section whose heading (any level) names it, down to the next heading of the same or a higher level;
 * - a paragraph, list item or table row that names it;
 * - a fenced code block whose own text, or the passage right before or right after it, names it;
 * - a try, quiz or edit block whose text names it (the block is one passage).
 *
 * A passage names the legacy builder when it holds "legacy builder", "레거시 빌더" or `DOCKER_BUILDKIT=0`,
 * whatever the case and the line breaks. Pure: lesson text in, lines out.
 */

/** What the legacy builder printed and BuildKit does not, as patterns that allow a line break between words. */
export const LEGACY_MARKERS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Step N/M', pattern: /\bStep\s+\d+\/\d+/g },
  { name: 'Using cache', pattern: /\bUsing\s+cache\b/g },
  { name: 'Successfully built', pattern: /\bSuccessfully\s+built\b/g },
  { name: 'Successfully tagged', pattern: /\bSuccessfully\s+tagged\b/g },
  // The arrow that starts its step lines (` ---> 5d1e8c2a1f3b`), not the tail of a longer arrow in a diagram.
  { name: '--->', pattern: /(?<!-)---> /g },
  { name: '#(nop)', pattern: /#\(nop\)/g },
  { name: 'Sending build context', pattern: /\bSending\s+build\s+context\b/g },
];

const NAMES = /legacy\s+builder|레거시\s+빌더|DOCKER_BUILDKIT=0/i;

export interface LegacyOutput {
  /** 1-based line of the marker in the lesson file. */
  line: number;
  marker: string;
}

interface Passage {
  kind: 'text' | 'code' | 'block';
  start: number;
  lines: string[];
  /** The heading levels above it that name the legacy builder. */
  underNamedHeading: boolean;
}

export function findLegacyOutput(source: string): LegacyOutput[] {
  const passages = splitPassages(source);
  const found: LegacyOutput[] = [];
  for (const [index, passage] of passages.entries()) {
    const text = passage.lines.join('\n');
    const markers = markersIn(text, passage.start);
    if (markers.length === 0) continue;
    const names = (p: Passage | undefined) => p !== undefined && NAMES.test(p.lines.join('\n'));
    const about =
      passage.underNamedHeading ||
      names(passage) ||
      (passage.kind === 'code' && (names(passages[index - 1]) || names(passages[index + 1])));
    if (!about) found.push(...markers);
  }
  return found;
}

/** The markers of one passage, in the order they appear. */
function markersIn(text: string, start: number): LegacyOutput[] {
  const found: (LegacyOutput & { at: number })[] = [];
  for (const { name, pattern } of LEGACY_MARKERS) {
    for (const match of text.matchAll(pattern)) found.push({ line: start + countLines(text.slice(0, match.index)), marker: name, at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ line, marker }) => ({ line, marker }));
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
const HEADING = /^(#{1,6})\s/;

/** The file cut into passages, each knowing whether a heading above it names the legacy builder. */
function splitPassages(source: string): Passage[] {
  const lines = source.split('\n');
  const passages: Passage[] = [];
  const headings: { level: number; names: boolean }[] = [];
  const underNamed = () => headings.some((heading) => heading.names);
  let current: Passage | undefined;
  const close = () => {
    if (current) passages.push(current);
    current = undefined;
  };
  const open = (kind: Passage['kind'], at: number) => {
    close();
    current = { kind, start: at + 1, lines: [], underNamedHeading: underNamed() };
  };
  let fence: string | undefined;
  let index = 0;
  // Front matter is data, not a passage.
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) index = end + 1;
  }
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const opening = /^\s*(```+|~~~+)\s*(\S*)/.exec(line);
    if (fence !== undefined) {
      current!.lines.push(line);
      if (opening && opening[1]!.startsWith(fence[0]!) && opening[2] === '') {
        fence = undefined;
        close();
      }
      continue;
    }
    if (opening) {
      open(['try', 'quiz', 'edit'].includes(opening[2]!) ? 'block' : 'code', index);
      current!.lines.push(line);
      fence = opening[1];
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      const level = heading[1]!.length;
      while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
      headings.push({ level, names: NAMES.test(line) });
      passages.push({ kind: 'text', start: index + 1, lines: [line], underNamedHeading: underNamed() });
      continue;
    }
    if (line.trim() === '') {
      close();
      continue;
    }
    if (current === undefined || LIST_ITEM.test(line) || line.trimStart().startsWith('|')) open('text', index);
    current!.lines.push(line);
  }
  close();
  return passages;
}
