/**
 * One step of a lesson as terminal text: where the learner is, the step's prose, and for a try step a
 * box holding the command to type (placeholders filled in), or for a recall step the goal, its command
 * hidden from the prose too (hide-command.ts), with the hint when asked for. Pure: the
 * caller passes the width, whether to colour, the language and the placeholder values, and prints.
 */
import type { Lang } from '../i18n/index.js';
import { renderMessages } from '../i18n/lessons.js';
import { hideRecallCommand } from './hide-command.js';
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
  const parts = [c.dim(wrapLine(`${escapeControls(lesson.title, 'line')} · ${m.progress(stepIndex + 1, lesson.steps.length)}`, width))];
  // The text before a lesson's first heading is titled by the lesson itself, which the line above names already.
  if (step.title !== lesson.title) parts.push(c.bold(wrapLine(escapeControls(fill(step.title), 'line'), width)));
  const prose = step.tryStep?.mode === 'recall' ? hideRecallCommand(fill(step.markdown), fill(step.tryStep.command), m.hiddenCommand) : fill(step.markdown);
  const body = renderMarkdown(prose, { columns: width, color: options.color, lang: options.lang });
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
 * prose (inline code styled, or kept in its backticks without colour) with the placeholders filled in.
 */
export function renderStepNote(text: string, options: Pick<RenderStepOptions, 'columns' | 'color' | 'placeholders'> & { lang?: Lang }): string {
  const markdown = substitutePlaceholders(text.trim(), options.placeholders);
  return renderMarkdown(markdown, { columns: options.columns, color: options.color, ...(options.lang ? { lang: options.lang } : {}) });
}

/** The command in a box, wrapped inside it when the terminal is narrow. */
export function renderTryBox(tryStep: TryStep, columns: number, options: Pick<RenderStepOptions, 'color' | 'lang' | 'placeholders'>): string {
  const c = stylesFor(options.color);
  const title = ` ${renderMessages(options.lang).tryTitle} `;
  const command = `$ ${escapeControls(substitutePlaceholders(tryStep.command, options.placeholders), 'line')}`;
  const inner = Math.max(Math.min(columns - 4, Math.max(columnsOf(command), columnsOf(title) + 2)), 8);
  const lines = wrapCommand(command, inner);
  const top = `┌─${title}${'─'.repeat(Math.max(inner - columnsOf(title), 0))}─┐`;
  const rows = lines.map((line) => `│ ${c.cyan(line)}${' '.repeat(inner - columnsOf(line))} │`);
  const bottom = `└${'─'.repeat(inner + 2)}┘`;
  return [top, ...rows, bottom].join('\n');
}

/**
 * A command too long for the box goes on over several lines as a shell would take it: each line but
 * the last ends in ` \`, the next is indented, so what the learner copies still runs.
 */
function wrapCommand(command: string, inner: number): string[] {
  if (columnsOf(command) <= inner) return [command];
  // A break inside quotes would put the backslash and newline into the quoted text: quoted spaces do not break.
  const words = command.slice(2).replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, (quoted) => quoted.replace(/ /g, '\u00a0'));
  const lines = wrapLine(words, Math.max(inner - 4, 4)).replace(/\u00a0/g, ' ').split('\n');
  return lines.map((line, index) => `${index === 0 ? '$ ' : '  '}${line}${index < lines.length - 1 ? ' \\' : ''}`);
}

/** A task in words in a box: a recall step's goal, an edit step's goal and files. */
export function renderGoalBox(goal: string, columns: number, options: Pick<RenderStepOptions, 'color' | 'lang' | 'placeholders'>): string {
  const title = ` ${renderMessages(options.lang).goalTitle} `;
  const inner = Math.max(Math.min(columns - 4, 76), columnsOf(title) + 2);
  const text = renderMarkdown(substitutePlaceholders(goal.trim(), options.placeholders), { columns: inner, color: options.color, lang: options.lang });
  const lines = text.replace(/\n+$/, '').split('\n').flatMap((line) => wrapLine(line, inner).split('\n'));
  const top = `┌─${title}${'─'.repeat(Math.max(inner - columnsOf(title), 0))}─┐`;
  const rows = lines.map((line) => `│ ${line}${' '.repeat(Math.max(inner - columnsOf(line), 0))} │`);
  const bottom = `└${'─'.repeat(inner + 2)}┘`;
  return [top, ...rows, bottom].join('\n');
}
