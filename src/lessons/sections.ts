/**
 * Splits a lesson body into sections at level-2 headings and lifts out the ```try, ```edit and ```quiz blocks.
 * Fences are tracked by character and length, so a heading or a block inside another fence (say, a
 * ````markdown example of the format itself) stays text. Only lines that could matter (fences and
 * headings) are looked at; the text between them is sliced, not split into lines.
 */
import { headingTitle } from './safety/heading-title.js';

export type BlockKind = 'try' | 'edit' | 'quiz';
const BLOCK_KINDS: readonly string[] = ['try', 'edit', 'quiz'] satisfies BlockKind[];

export interface LessonBlock {
  kind: BlockKind;
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

const FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)/;

export function splitSections(body: string, firstLine: number): Section[] {
  const sections: Section[] = [];
  let current: Section = { title: undefined, line: firstLine, markdown: '', blocks: [] };
  let textStart = 0;
  let fence: { marker: string; block?: LessonBlock; contentStart: number } | undefined;
  let line = firstLine;
  let counted = 0;

  for (const at of candidateLines(body)) {
    for (let newline = body.indexOf('\n', counted); newline >= 0 && newline < at; newline = body.indexOf('\n', newline + 1)) line += 1;
    counted = at;
    const end = lineEnd(body, at);
    const text = body.slice(at, end).replace(/\r$/, '');
    const next = Math.min(end + 1, body.length);
    if (fence) {
      if (!closes(text, fence.marker)) continue;
      if (fence.block) {
        fence.block.source = contentBetween(body, fence.contentStart, at);
        fence.block.closed = true;
        textStart = next;
      }
      fence = undefined;
      continue;
    }
    const open = FENCE.exec(text);
    if (open) {
      const info = open[2]!.toLowerCase();
      if (BLOCK_KINDS.includes(info)) {
        current.markdown += body.slice(textStart, at);
        const block: LessonBlock = { kind: info as BlockKind, source: '', line, closed: false };
        current.blocks.push(block);
        fence = { marker: open[1]!, block, contentStart: next };
      } else fence = { marker: open[1]!, contentStart: next };
      continue;
    }
    const title = headingTitle(text);
    if (title === undefined) continue;
    current.markdown += body.slice(textStart, at);
    sections.push(current);
    current = { title, line, markdown: '', blocks: [] };
    textStart = next;
  }
  // An unclosed block keeps what it collected so that its id can still be reported.
  if (fence?.block) fence.block.source = contentBetween(body, fence.contentStart, body.length);
  else current.markdown += body.slice(textStart);
  sections.push(current);
  for (const section of sections) section.markdown = tidy(section.markdown);
  return sections;
}

/** Starts of the lines that may be a fence or a level-2 heading; a cheap look at their first characters. */
function* candidateLines(text: string): Generator<number> {
  for (let start = 0; start < text.length; start = lineEnd(text, start) + 1) {
    let at = start;
    while (at - start < 3 && text.charCodeAt(at) === 32) at += 1;
    const char = text.charCodeAt(at);
    if (char === 96 /* ` */ || char === 126 /* ~ */) {
      if (text.charCodeAt(at + 1) === char && text.charCodeAt(at + 2) === char) yield start;
    } else if (char === 35 /* # */ && at === start && text.charCodeAt(start + 1) === 35 && text.charCodeAt(start + 2) === 32) yield start;
  }
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The lines from `start` up to the line that begins at `end`, without the last line break. */
function contentBetween(text: string, start: number, end: number): string {
  const content = text.slice(start, Math.max(start, end)).replace(/\r?\n$/, '');
  return content.includes('\r') ? content.replace(/\r$/gm, '') : content;
}

function closes(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed[0] === marker[0] && /^ {0,3}(`+|~+)\s*$/.test(line);
}

/** Drops the blank lines left where blocks were lifted out. */
function tidy(markdown: string): string {
  let text = markdown.includes('\r') ? markdown.replace(/\r\n/g, '\n') : markdown;
  if (text.includes('\n\n\n')) text = text.replace(/\n{3,}/g, '\n\n');
  return text.trim();
}
