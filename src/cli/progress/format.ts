/**
 * The progress table, the overall bar and the most-missed list: pure text, aligned by display width
 * (Korean is two columns wide), and never wider than the terminal: as the width shrinks the table drops
 * its least needed columns first, then shortens lesson titles.
 */
import stringWidth from 'string-width';
import { progressMessages } from '../../i18n/progress.js';
import type { Paint } from '../quiz/format-result.js';
import { plain } from '../quiz/format-result.js';
import type { LessonReport, ProgressReport, ReportScore } from './report.js';

const BAR_WIDTH = 24;
const DAY_MS = 86_400_000;
const GAP = '  ';
/** Columns by index, in the order they are dropped when the table does not fit. */
const DROP_ORDER = [5, 6, 4] as const;
const TITLE = 1;
const MIN_TITLE = 12;

export function formatProgress(report: ProgressReport, now: Date, paint: Paint = plain, width = 80): string {
  const m = progressMessages();
  const c = m.columns;
  const header = [c.number, c.lesson, c.status, c.steps, c.best, c.last, c.visited];
  const rows = report.lessons.map((lesson) => rowOf(lesson, now));
  const columns = fitColumns([header, ...rows], width);
  const out = alignTable(columns.cells, columns.titleWidth).map((line, index) => (index === 0 ? paint.bold(line) : line));
  out.push('');
  const { overall } = report;
  const bar = Math.max(8, Math.min(BAR_WIDTH, width - 20));
  out.push(`${m.overall}  ${formatBar(overall.percent, bar)} ${overall.percent}%`);
  out.push(paint.dim(`  ${m.overallDetail(overall.stepsDone, overall.steps, overall.quizzesPassed, overall.quizzes)}`));
  const solvedAny = Object.values(overall.solved).some((count) => count > 0);
  if (solvedAny) out.push(paint.dim(`  ${m.solvedLine(overall.solved.unaided, overall.solved.hinted, overall.solved.revealed, overall.solved.skipped)}`));
  if (overall.predictions.made > 0) out.push(paint.dim(`  ${m.predictionsLine(overall.predictions.right, overall.predictions.made)}`));
  if (report.missed.length > 0) {
    out.push('', m.missedTitle);
    for (const missed of report.missed.slice(0, 5)) out.push(truncate(`  ${m.missedLine(missed.misses, missed.lesson, firstLine(missed.text))}`, width));
  }
  const due = report.lessons.reduce((sum, lesson) => sum + lesson.reviewDue, 0);
  if (due > 0) out.push('', m.reviewDue(due));
  if (report.lessons.every((lesson) => lesson.status === 'not-started')) out.push('', m.nothingYet);
  return `${out.join('\n')}\n`;
}

/** Drops columns (last scores, visit times, best scores) and then shortens titles until every line fits. */
function fitColumns(table: string[][], width: number): { cells: string[][]; titleWidth: number } {
  let keep = table[0]!.map((_, index) => index);
  const widths = (cells: string[][]) => cells[0]!.map((_, column) => Math.max(...cells.map((row) => stringWidth(row[column]!))));
  const project = () => table.map((row) => keep.map((column) => row[column]!));
  const total = (cells: string[][], title: number) =>
    widths(cells).reduce((sum, w, index) => sum + (keep[index] === TITLE ? title : w), 0) + GAP.length * (keep.length - 1);
  for (const drop of DROP_ORDER) {
    const cells = project();
    const titleWidth = widths(cells)[keep.indexOf(TITLE)]!;
    if (total(cells, titleWidth) <= width) return { cells, titleWidth };
    keep = keep.filter((column) => column !== drop);
  }
  const cells = project();
  const titleNatural = widths(cells)[keep.indexOf(TITLE)]!;
  const others = total(cells, 0);
  return { cells, titleWidth: Math.max(MIN_TITLE, Math.min(titleNatural, width - others)) };
}

function alignTable(cells: string[][], titleWidth: number): string[] {
  const widths = cells[0]!.map((_, column) => (column === TITLE ? titleWidth : Math.max(...cells.map((row) => stringWidth(row[column]!)))));
  // The steps column (and the number) read best aligned right; the rest left.
  const rightAligned = (column: number, row: string[]) => column === 0 || (row.length > 3 && column === 3);
  return cells.map((row) =>
    row
      .map((cell, column) => pad(column === TITLE ? truncate(cell, titleWidth) : cell, widths[column]!, rightAligned(column, row)))
      .join(GAP)
      .trimEnd(),
  );
}

function rowOf(lesson: LessonReport, now: Date): string[] {
  const m = progressMessages();
  return [
    String(lesson.order),
    lesson.title,
    m.status[lesson.status]!,
    `${lesson.stepsDone}/${lesson.steps}`,
    scoreText(lesson.bestScore),
    scoreText(lesson.lastScore),
    lesson.lastVisited ? formatWhen(lesson.lastVisited, now) : m.never,
  ];
}

function scoreText(score: ReportScore | null): string {
  return score ? `${score.correct}/${score.total} (${score.percent}%)` : progressMessages().never;
}

export function formatBar(percent: number, width = BAR_WIDTH): string {
  const filled = Math.round((Math.min(Math.max(percent, 0), 100) * width) / 100);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** today, yesterday, N days ago, then the date: what a learner wants to know at a glance. */
export function formatWhen(iso: string, now: Date): string {
  const m = progressMessages();
  const then = new Date(iso);
  const days = Math.floor((startOfDay(now) - startOfDay(then)) / DAY_MS);
  if (days <= 0) return m.today;
  if (days === 1) return m.yesterday;
  if (days < 30) return m.daysAgo(days);
  return then.toISOString().slice(0, 10);
}

function startOfDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

function pad(text: string, width: number, right: boolean): string {
  const space = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? space + text : text + space;
}

/** Cuts to `width` display columns, ending in an ellipsis when something was cut. */
function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (stringWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
