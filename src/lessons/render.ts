/**
 * One step of a lesson as terminal text: where the learner is, the step's prose, and for a try step a
 * box holding the command to type (placeholders filled in), with the hint when asked for. Pure: the
 * caller passes the width, whether to colour, the language and the placeholder values, and prints.
 */
import type { Lang } from '../i18n/index.js';
import { renderMessages } from '../i18n/lessons.js';
import type { Lesson, TryStep } from './model.js';
import { substitutePlaceholders, type PlaceholderValues } from './placeholders.js';
import { renderMarkdown, stylesFor } from './render-markdown.js';
import { escapeControls } from '../terminal/controls.js';
import { columnsOf } from '../terminal/width.js';
import { wrapLine } from '../terminal/wrap.js';

export interface RenderStepOptions {
  columns: number;
  color: boolean;
  lang: Lang;
  placeholders: PlaceholderValues;
  showHint?: boolean;
}

export function renderStep(lesson: Lesson, stepIndex: number, options: RenderStepOptions): string {
  const step = lesson.steps[stepIndex];
  if (!step) throw new RangeError(`lesson ${lesson.id} has no step ${stepIndex}`);
  const m = renderMessages(options.lang);
  const c = stylesFor(options.color);
  const width = Math.max(options.columns, 20);
  const fill = (text: string) => substitutePlaceholders(text, options.placeholders);
  // Lesson text is untrusted: a control character is shown, never sent to the terminal (renderMarkdown does the same).
  const parts = [
    c.dim(wrapLine(`${escapeControls(lesson.title, 'line')} · ${m.progress(stepIndex + 1, lesson.steps.length)}`, width)),
    c.bold(wrapLine(escapeControls(fill(step.title), 'line'), width)),
  ];
  const body = renderMarkdown(fill(step.markdown), { columns: width, color: options.color });
  if (body) parts.push('', body);
  if (step.editStep) {
    const files = renderMessages(options.lang).files(step.editStep.files.map((file) => file.path).join(', '));
    parts.push('', renderGoalBox(`${step.editStep.goal}\n\n${files}`, width, options));
  }
  if (step.tryStep) {
    // A recall step states the goal; its command stays hidden until the hint ladder reveals it.
    parts.push('', step.tryStep.mode === 'recall' ? renderGoalBox(step.tryStep.goal ?? '', width, options) : renderTryBox(step.tryStep, width, options));
    if (options.showHint) parts.push(c.yellow(renderStepNote(`${m.hint}: ${step.tryStep.hints[0] ?? ''}`, { ...options, columns: width })));
  }
  return `${parts.join('\n')}\n`;
}

/**
 * A try step's hint or explanation, printed on its own after the step: the same Markdown as the step's
 * prose (inline code styled, or its backticks dropped without colour) with the placeholders filled in.
 */
export function renderStepNote(text: string, options: Pick<RenderStepOptions, 'columns' | 'color' | 'placeholders'>): string {
  return renderMarkdown(substitutePlaceholders(text.trim(), options.placeholders), { columns: options.columns, color: options.color });
}

/** The command in a box, wrapped inside it when the terminal is narrow. */
export function renderTryBox(tryStep: TryStep, columns: number, options: Pick<RenderStepOptions, 'color' | 'lang' | 'placeholders'>): string {
  const c = stylesFor(options.color);
  const title = ` ${renderMessages(options.lang).tryTitle} `;
  const command = `$ ${escapeControls(substitutePlaceholders(tryStep.command, options.placeholders), 'line')}`;
  const inner = Math.max(Math.min(columns - 4, Math.max(columnsOf(command), columnsOf(title) + 2)), 8);
  const lines = wrapLine(command, inner).split('\n');
  const top = `┌─${title}${'─'.repeat(Math.max(inner - columnsOf(title), 0))}─┐`;
  const rows = lines.map((line) => `│ ${c.cyan(line)}${' '.repeat(inner - columnsOf(line))} │`);
  const bottom = `└${'─'.repeat(inner + 2)}┘`;
  return [top, ...rows, bottom].join('\n');
}

/** A task in words in a box: a recall step's goal, an edit step's goal and files. */
export function renderGoalBox(goal: string, columns: number, options: Pick<RenderStepOptions, 'color' | 'lang' | 'placeholders'>): string {
  const title = ` ${renderMessages(options.lang).goalTitle} `;
  const inner = Math.max(Math.min(columns - 4, 76), columnsOf(title) + 2);
  const text = renderMarkdown(substitutePlaceholders(goal.trim(), options.placeholders), { columns: inner, color: options.color });
  const lines = text.replace(/\n+$/, '').split('\n').flatMap((line) => wrapLine(line, inner).split('\n'));
  const top = `┌─${title}${'─'.repeat(Math.max(inner - columnsOf(title), 0))}─┐`;
  const rows = lines.map((line) => `│ ${line}${' '.repeat(Math.max(inner - columnsOf(line), 0))} │`);
  const bottom = `└${'─'.repeat(inner + 2)}┘`;
  return [top, ...rows, bottom].join('\n');
}
