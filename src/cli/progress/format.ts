/** The progress table, the overall bar and the most-missed list: pure text, aligned by display width (Korean is two columns wide). */
import stringWidth from 'string-width';
import { progressMessages } from '../../i18n/progress.js';
import { escapeControls } from '../../lessons/safety/controls.js';
import type { Paint } from '../quiz/format-result.js';
import { plain } from '../quiz/format-result.js';
import type { LessonReport, ProgressReport, ReportScore } from './report.js';

const BAR_WIDTH = 24;
const DAY_MS = 86_400_000;

export function formatProgress(report: ProgressReport, now: Date, paint: Paint = plain): string {
  const m = progressMessages();
  const c = m.columns;
  const header = [c.number, c.lesson, c.status, c.steps, c.best, c.last, c.visited];
  const rows = report.lessons.map((lesson) => rowOf(lesson, now));
  const widths = header.map((cell, column) => Math.max(stringWidth(cell), ...rows.map((row) => stringWidth(row[column]!))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!, column === 0 || column === 3)).join('  ').trimEnd();
  const out = [paint.bold(line(header)), ...rows.map(line), ''];
  const { overall } = report;
  out.push(`${m.overall}  ${formatBar(overall.percent)} ${overall.percent}%  ${paint.dim(m.overallDetail(overall.stepsDone, overall.steps, overall.quizzesFinished, overall.quizzes))}`);
  if (report.missed.length > 0) {
    out.push('', m.missedTitle);
    for (const missed of report.missed.slice(0, 5)) out.push(`  ${m.missedLine(missed.misses, missed.lesson, escapeControls(firstLine(missed.text), 'line'))}`);
  }
  const due = report.lessons.reduce((sum, lesson) => sum + lesson.reviewDue, 0);
  if (due > 0) out.push('', m.reviewDue(due));
  if (report.lessons.every((lesson) => lesson.status === 'not-started')) out.push('', m.nothingYet);
  return `${out.join('\n')}\n`;
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

function pad(text: string, width: number, right: boolean): string {
  const space = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? space + text : text + space;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
