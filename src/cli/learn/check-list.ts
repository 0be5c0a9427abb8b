/**
 * An edit step's checks as lines for the terminal, each wrapped to the width: ✓ in green, ✗ in red
 * with what is wrong and the lines that show it, · for a check still running, - for one held back
 * until the image builds. Redrawn in place on every save, so its height is what it returns. Pure.
 */
import type { ChalkInstance } from 'chalk';
import type { EditCheckResult } from '../../steps/edit/judge.js';
import { escapeControls } from '../../terminal/controls.js';
import { wrapText } from '../../terminal/wrap.js';

export interface CheckListStyle {
  columns: number;
  color: ChalkInstance;
  /** Turns a lesson's Markdown sentence (a `why`) into terminal text of that width. */
  prose: (text: string, columns: number) => string;
  /** Shown for a check still running. */
  pending: string;
  /** At most this many lines in all: details are dropped first, so the list can be redrawn in place. */
  maxLines?: number;
}

const MARKS = { pass: '✓', fail: '✗', pending: '·', blocked: '-' } as const;
const DETAIL_LINES = 8;

export function renderCheckList(results: readonly EditCheckResult[], style: CheckListStyle): string[] {
  const withDetails = layout(results, style, true);
  if (style.maxLines === undefined || withDetails.length <= style.maxLines) return withDetails;
  return layout(results, style, false);
}

function layout(results: readonly EditCheckResult[], style: CheckListStyle, details: boolean): string[] {
  const { color: c } = style;
  const width = Math.max(style.columns, 20);
  const lines: string[] = [];
  for (const result of results) {
    const paint = result.state === 'pass' ? c.green : result.state === 'fail' ? c.red : c.dim;
    const text = result.state === 'pending' ? `${result.kind}: ${style.pending}` : result.message;
    const body = style.prose(escapeControls(text, 'line'), width - 4).split('\n');
    lines.push(`  ${paint(MARKS[result.state])} ${body[0] ?? ''}`, ...body.slice(1).map((line) => `    ${line}`));
    if (!details || result.state !== 'fail') continue;
    for (const detail of result.detail.slice(-DETAIL_LINES)) {
      for (const line of wrapText(escapeControls(detail, 'line'), width - 6).split('\n')) lines.push(`      ${c.dim(line)}`);
    }
  }
  return lines;
}
