/**
 * Markdown to terminal text with marked-terminal, fitted to a width. Soft line breaks of the source
 * are joined and every line is re-wrapped by display width (wrap.ts), so that the source's own line
 * lengths and Korean's double-width characters do not decide where lines end. Code blocks are never
 * wrapped (a diagram or a docker table broken over two lines reads as nonsense): a line wider than the
 * terminal is cut at the edge, and a note under the block says how wide it is.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { Marked, type MarkedExtension, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Lang } from '../i18n/index.js';
import { renderMessages } from '../i18n/lessons.js';
import { renderTable } from '../terminal/box-table.js';
import { escapeControls } from '../terminal/controls.js';
import { columnsOf } from '../terminal/width.js';
import { clipLine, stripAnsi, wrapLine, wrapText } from '../terminal/wrap.js';
import { isOverBudget, measureMarkdown } from './safety/markdown-budget.js';

export interface MarkdownOptions {
  columns: number;
  color: boolean;
  /** The language of the note under a code block cut at the edge (default English). */
  lang?: Lang;
}

// Code lines wait outside the text while it is wrapped, each replaced by a marker from the Unicode
// private use area (taken out of the lesson text first, so a lesson cannot forge one).
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const MARKER = /\uE000(\d+)\.(\d+)\uE001/;
// What marked-terminal puts in place of a colon inside a code span until its last pass (its COLON_REPLACER).
const HIDDEN_COLON = '*#COLON|*';
let sheltered: string[][] = [];

/** The styles of every part of a step; level 0 makes each one pass text through untouched. */
export function stylesFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function renderMarkdown(markdown: string, options: MarkdownOptions): string {
  const width = Math.max(options.columns, 20);
  // Escaped before rendering: afterwards the text holds the styles' own escape sequences, which must stay.
  const source = escapeControls(markdown).replace(MARKS, '');
  // More structure than marked handles in good time (safety/markdown-budget.ts): shown as written.
  if (isOverBudget(measureMarkdown(source))) return wrapText(source, width);
  const marked = markedFor(width, options.color);
  sheltered = [];
  const rendered = (marked.parse(source, { async: false }) as string).replace(/\n{3,}/g, '\n\n').trimEnd();
  const wrapped = restoreCode(wrapText(rendered, width), width, options).replace(/\u00a0/g, ' ');
  // Code highlighting and table borders bring their own colours, whatever chalk level we chose.
  return options.color ? wrapped : stripAnsi(wrapped);
}

/** Puts each code line back in place of its marker, cut at the edge, with a note under a block that was cut. */
function restoreCode(text: string, width: number, options: MarkdownOptions): string {
  const blocks = sheltered;
  const out: string[] = [];
  const lines = text.split('\n');
  let cut = 0;
  let widest = 0;
  lines.forEach((line, index) => {
    const found = MARKER.exec(line);
    if (!found) {
      out.push(line);
      return;
    }
    const [block, row] = [Number(found[1]), Number(found[2])];
    const whole = line.replace(MARKER, () => blocks[block]?.[row] ?? '').trimEnd();
    const shown = clipLine(whole, width);
    if (shown !== whole) cut += 1;
    widest = Math.max(widest, columnsOf(whole));
    out.push(shown);
    const next = MARKER.exec(lines[index + 1] ?? '');
    if (next && Number(next[1]) === block) return;
    if (cut > 0) {
      const indent = /^ */.exec(stripAnsi(line))![0];
      const note = renderMessages(options.lang ?? 'en').clipped(cut, widest);
      out.push(wrapLine(stylesFor(options.color).dim(indent + note), width));
    }
    cut = 0;
    widest = 0;
  });
  return out.join('\n');
}

/**
 * Short inline code is not broken across lines (`COPY . .` split after its first dot reads as two
 * things): its spaces are no-break spaces until the text is wrapped. Code as long as half the line
 * may break at its spaces, rather than be cut inside a word.
 */
function keepTogether(code: string, width: number): string {
  return columnsOf(code) <= width / 2 ? code.replace(/ /g, '\u00a0') : code;
}

/** marked-terminal's code block (highlighted, indented), each line swapped for a marker until wrapping is done. */
function shelterCode(rendered: string): string {
  const block = sheltered.length;
  const lines = rendered.replace(/\n+$/, '').split('\n');
  sheltered.push(lines);
  return `${lines.map((_, row) => `${MARK_OPEN}${block}.${row}${MARK_CLOSE}`).join('\n')}\n\n`;
}

/** Code block languages that highlight.js shows as they are (plaintext and its aliases). */
const PLAIN_LANGUAGES = new Set(['text', 'txt', 'plaintext']);

/** marked-terminal's indentation of a code block (its `tab`, two spaces) on every line. */
function indentCode(code: string): string {
  return `  ${code.split('\n').join('\n  ')}`;
}

// A learner moves through steps at one width: building the renderer once per width and colour is enough.
const renderers = new Map<string, Marked>();

function markedFor(width: number, color: boolean): Marked {
  const key = `${width}:${color}`;
  let marked = renderers.get(key);
  if (!marked) {
    marked = createMarked(width, color);
    renderers.set(key, marked);
  }
  return marked;
}

function createMarked(width: number, color: boolean): Marked {
  const c = stylesFor(color);
  const plain = (text: string) => text;
  const terminal = markedTerminal({
    // Wrapping is ours: marked-terminal's reflow measures characters, not columns.
    reflowText: false,
    showSectionPrefix: false,
    tab: 2,
    emoji: false,
    code: c.yellow,
    blockquote: c.gray.italic,
    html: c.gray,
    heading: c.bold,
    firstHeading: c.bold.underline,
    hr: plain,
    listitem: plain,
    table: plain,
    paragraph: plain,
    strong: c.bold,
    em: c.italic,
    // Without colour the backticks stay: inline code must still stand out from the prose around it.
    codespan: (text: string) => keepTogether(color ? c.yellow(text) : `\`${text}\``, width),
    del: c.dim.strikethrough,
    link: c.blue,
    href: c.blue.underline,
  }) as unknown as MarkedExtension;
  const renderers = terminal.renderer as unknown as Record<string, (this: unknown, ...args: unknown[]) => string>;
  const terminalCode = renderers.code!;
  renderers.code = function (...args: unknown[]) {
    // Without colour, or in a language highlight.js leaves plain, marked-terminal's block is the code
    // indented: written here, highlight.js and its 190 languages load only for a block they colour.
    const token = args[0] as Partial<Tokens.Code>;
    if (typeof token?.text === 'string' && (!color || PLAIN_LANGUAGES.has(token.lang ?? '-'))) return shelterCode(`${indentCode(token.text)}\n\n`);
    return shelterCode(terminalCode.apply(this, args));
  };
  return new Marked(terminal, {
    walkTokens(token) {
      // A single newline inside a paragraph is a soft break: the text flows on.
      if (token.type === 'text' && typeof token.text === 'string') token.text = token.text.replace(/\n/g, ' ');
    },
    renderer: {
      // marked-terminal renders a list item's text without its inline tokens (bold, code stay raw).
      text(token: Tokens.Text | Tokens.Escape) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
      hr() {
        return `${'─'.repeat(Math.min(width, 60))}\n\n`;
      },
      table(token: Tokens.Table) {
        // marked-terminal hides a code span's colons from its emoji pass and puts them back only in the
        // text it renders itself: a cell rendered here must put them back too (`uid[:gid]`).
        const cell = (item: Tokens.TableCell) => this.parser.parseInline(item.tokens).replaceAll(HIDDEN_COLON, ':');
        return `${renderTable(token.header.map((item) => c.bold(cell(item))), token.rows.map((row) => row.map(cell)), width)}\n\n`;
      },
    },
  });
}
