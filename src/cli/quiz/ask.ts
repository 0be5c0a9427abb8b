/** Puts one question to the learner through the prompts and returns the answer in the engine's terms. */
import { quizMessages } from '../../i18n/quiz.js';
import type { Question } from '../../lessons/model.js';
import { escapeControls } from '../../terminal/controls.js';
import type { Answer } from '../../quiz/engine.js';
import type { Prompts, Verdict } from '../prompts.js';

/**
 * `order` lists the option indexes in display order (see quiz/options.ts); every choice keeps its file
 * index as its value, so the answer names the option, not the place it was shown in. With `verdict`,
 * the answered line is marked right or wrong by the same grading as the verdict printed under it.
 */
export async function askQuestion(question: Question, prompts: Prompts, order?: readonly number[], verdict?: Verdict<Answer>): Promise<Answer> {
  const m = quizMessages();
  const judged = <A extends Answer>() => (verdict ? { verdict: verdict as Verdict<A> } : {});
  const shown = 'options' in question ? (order ?? question.options.map((_, index) => index)) : [];
  const choices = 'options' in question ? shown.map((index) => ({ name: question.options[index]!.text, value: index })) : [];
  switch (question.type) {
    case 'single':
      return prompts.select({ message: `${question.question}\n${m.pickOne}`, choices, default: shown[0], ...judged<number>() });
    case 'multiple':
      return prompts.checkbox({ message: `${question.question}\n${m.pickAll}`, choices, required: m.pickAtLeastOne, ...judged<number[]>() });
    case 'truefalse':
      return prompts.select({
        message: `${question.question}\n${m.trueFalse}`,
        choices: [
          { name: m.true, value: true },
          { name: m.false, value: false },
        ],
        ...judged<boolean>(),
      });
    case 'command':
      // Enter on an empty line is not an answer: ask again rather than mark it wrong.
      for (;;) {
        const typed = (await prompts.input({ message: `${question.question}\n${m.typeCommand}`, ...judged<string>() })).trim();
        if (typed !== '') return typed;
      }
  }
}

/**
 * The question as the learner should see it: placeholders in every text replaced, and inline code
 * (`docker ps`) styled by `code` in the texts that are only shown; a command answer is compared, so it is left plain.
 */
export function expandQuestion(question: Question, fill: (text: string) => string, code?: (text: string) => string): Question {
  // Every text here reaches the terminal: a lesson's control characters are shown escaped, not obeyed.
  const expand = (text: string) => escapeControls(fill(text), 'line');
  const prose = (text: string) => escapeControls(fill(text));
  const show = code ? (text: string) => styleInlineCode(prose(text), code) : prose;
  const base = { ...question, question: show(question.question), explanation: show(question.explanation) };
  switch (base.type) {
    case 'single':
    case 'multiple':
      return { ...base, options: base.options.map((option) => ({ ...option, text: show(option.text), ...(option.why ? { why: show(option.why) } : {}) })) };
    case 'command':
      return { ...base, answer: expand(base.answer) };
    case 'truefalse':
      return base;
  }
}

/** `docker ps` -> code('docker ps'): the backticks are Markdown, which the terminal shows as a colour instead. */
export function styleInlineCode(text: string, code: (text: string) => string): string {
  return text.replace(/`([^`\n]+)`/g, (_match, inner: string) => code(inner));
}
