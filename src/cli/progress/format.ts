/**
 * The progress table, the overall bar and the most-missed list: pure text, aligned by display width
 * (Korean is two columns wide), and never wider than the terminal: as the width shrinks the table drops
 * its least needed columns first, then shortens lesson titles. A dropped column is named under the
 * table, with where to see it, so a narrow terminal never hides a figure without saying so.
 */
import { alignColumns } from '../../terminal/columns.js';
import { columnsOf, truncateColumns } from '../../terminal/width.js';
import { wrapLine } from '../../terminal/wrap.js';
import { progressMessages } from '../../i18n/progress.js';
import { escapeControls } from '../../terminal/controls.js';
import type { Paint } from '../quiz/format-result.js';
import { plain } from '../quiz/format-result.js';
import type { LessonReport, ProgressReport, ReportScore } from './report.js';

const BAR_WIDTH = 24;
const DAY_MS = 86_400_000;
/** Columns by index, in the order they are dropped when the table does not fit. */
const DROP_ORDER = [5, 6, 4] as const;
const TITLE = 1;
const STEPS = 3;
const MIN_TITLE = 12;

export function formatProgress(report: ProgressReport, now: Date, paint: Paint = plain, width = 80): string {
  const m = progressMessages();
  const c = m.columns;
  const header = [c.number, c.lesson, c.status, c.steps, c.best, c.last, c.visited];
  const rows = report.lessons.map((lesson) => rowOf(lesson, now));
  const { lines, dropped } = fitTable([header, ...rows], width);
  const [headerLine, ...rowLines] = lines;
  const out = [paint.bold(headerLine!), ...rowLines];
  // Sentences wrap to the width with their indentation kept; the table and the missed list are cut to it instead.
  const say = (text: string) => wrapLine(text, width);
  if (dropped.length > 0) out.push(paint.dim(say(m.columnsLeftOut(dropped.map((column) => header[column]!), width))));
  out.push('');
  const { overall } = report;
  const bar = Math.max(8, Math.min(BAR_WIDTH, width - 20));
  out.push(`${m.overall}  ${formatBar(overall.percent, bar)} ${overall.percent}%`);
  out.push(paint.dim(say(`  ${m.overallDetail(overall.stepsDone, overall.steps, overall.quizzesPassed, overall.quizzes)}`)));
  const solvedAny = Object.values(overall.solved).some((count) => count > 0);
  if (solvedAny) out.push(paint.dim(say(`  ${m.solvedLine(overall.solved.unaided, overall.solved.hinted, overall.solved.revealed, overall.solved.skipped)}`)));
  if (overall.predictions.made > 0) out.push(paint.dim(say(`  ${m.predictionsLine(overall.predictions.right, overall.predictions.made)}`)));
  if (report.missed.length > 0) {
    out.push('', m.missedTitle);
    for (const missed of report.missed.slice(0, 5)) out.push(truncateColumns(`  ${m.missedLine(missed.misses, missed.lesson, escapeControls(firstLine(missed.text), 'line'))}`, width));
  }
  const due = report.lessons.reduce((sum, lesson) => sum + lesson.reviewDue, 0);
  if (due > 0) out.push('', say(m.reviewDue(due)));
  if (report.lessons.every((lesson) => lesson.status === 'not-started')) out.push('', say(m.nothingYet));
  return `${out.join('\n')}\n`;
}

/**
 * Drops columns (latest scores, visit times, best scores) and then shortens titles until every line
 * fits; `dropped` lists the columns left out, in table order.
 */
function fitTable(table: string[][], width: number): { lines: string[]; dropped: number[] } {
  let keep = table[0]!.map((_, index) => index);
  const project = () => table.map((row) => keep.map((column) => row[column]!));
  const align = (cells: string[][]) => alignColumns(cells, { right: [0, keep.indexOf(STEPS)] });
  const widest = (lines: string[]) => Math.max(...lines.map(columnsOf));
  const dropped = () => table[0]!.map((_, index) => index).filter((column) => !keep.includes(column));
  for (const drop of DROP_ORDER) {
    const lines = align(project());
    if (widest(lines) <= width) return { lines, dropped: dropped() };
    keep = keep.filter((column) => column !== drop);
  }
  const cells = project();
  const title = keep.indexOf(TITLE);
  const natural = Math.max(...cells.map((row) => columnsOf(row[title]!)));
  const over = widest(align(cells)) - width;
  const titleWidth = Math.max(MIN_TITLE, natural - Math.max(0, over));
  return { lines: align(cells.map((row) => row.map((cell, column) => (column === title ? truncateColumns(cell, titleWidth) : cell)))), dropped: dropped() };
}

function rowOf(lesson: LessonReport, now: Date): string[] {
  const m = progressMessages();
  return [
    String(lesson.order),
    escapeControls(lesson.title, 'line'),
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

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
