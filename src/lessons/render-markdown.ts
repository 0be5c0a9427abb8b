/**
 * Markdown to terminal text with marked-terminal, fitted to a width. Soft line breaks of the source
 * are joined and every line is re-wrapped by display width (wrap.ts), so that the source's own line
 * lengths and Korean's double-width characters do not decide where lines end.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { Marked, type MarkedExtension, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { renderTable } from '../terminal/box-table.js';
import { escapeControls } from '../terminal/controls.js';
import { stripAnsi, wrapText } from '../terminal/wrap.js';
import { isOverBudget, measureMarkdown } from './safety/markdown-budget.js';

export interface MarkdownOptions {
  columns: number;
  color: boolean;
}

/** The styles of every part of a step; level 0 makes each one pass text through untouched. */
export function stylesFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function renderMarkdown(markdown: string, options: MarkdownOptions): string {
  const width = Math.max(options.columns, 20);
  // Escaped before rendering: afterwards the text holds the styles' own escape sequences, which must stay.
  const source = escapeControls(markdown);
  // More structure than marked handles in good time (safety/markdown-budget.ts): shown as written.
  if (isOverBudget(measureMarkdown(source))) return wrapText(source, width);
  const marked = markedFor(width, options.color);
  const rendered = (marked.parse(source, { async: false }) as string).replace(/\n{3,}/g, '\n\n').trimEnd();
  const wrapped = wrapText(rendered, width);
  // Code highlighting and table borders bring their own colours, whatever chalk level we chose.
  return options.color ? wrapped : stripAnsi(wrapped);
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
  return new Marked(
    markedTerminal({
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
      codespan: c.yellow,
      del: c.dim.strikethrough,
      link: c.blue,
      href: c.blue.underline,
    }) as unknown as MarkedExtension,
    {
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
          const cell = (item: Tokens.TableCell) => this.parser.parseInline(item.tokens);
          return `${renderTable(token.header.map((item) => c.bold(cell(item))), token.rows.map((row) => row.map(cell)), width)}\n\n`;
        },
      },
    },
  );
}
