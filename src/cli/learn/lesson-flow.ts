/**
 * One lesson, step by step: render the step, offer the actions that make sense there, run try-it steps
 * live, and end with the lesson's quiz. Every move is saved before the next prompt appears, so leaving
 * (or Ctrl-C) at any prompt resumes at the same step next time.
 */
import { learnMessages } from '../../i18n/learn.js';
import { quizMessages } from '../../i18n/quiz.js';
import type { Lesson } from '../../lessons/model.js';
import type { ProgressChange } from '../../progress/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { escapeControls } from '../../terminal/controls.js';
import { isPromptExit } from '../prompts.js';
import { runLessonQuiz } from '../quiz/lesson-quiz.js';
import { showEditStep } from './edit-step.js';
import { printPaged } from './pager.js';
import type { Session } from './session.js';
import { chooseAction, forwardAction, type Move } from './step-menu.js';
import { showTryStep } from './try-step.js';
import { commandName } from '../../command-name.js';

export type LessonEnd = 'quit' | 'finished';

export async function runLesson(session: Session, lesson: Lesson): Promise<LessonEnd> {
  try {
    return await walkLesson(session, lesson);
  } catch (error) {
    // Ctrl-C: every move is saved already; say so before main turns it into exit code 130.
    if (isPromptExit(error)) {
      session.print();
      session.say(learnMessages().saved);
    }
    throw error;
  }
}

async function walkLesson(session: Session, lesson: Lesson): Promise<LessonEnd> {
  const m = learnMessages();
  const progress = await session.store.read();
  const total = lesson.steps.length;
  let step = Math.min(progress.lessons[lesson.id]?.currentStep ?? 0, Math.max(total - 1, 0));
  if (step > 0) session.say(session.color.dim(m.resumed(step + 1, total)));
  // The practice folder is the learner's: every start (and every resume) keeps what is there and puts
  // back only the lesson files that are missing; `reset` of the lesson starts it over.
  if (lesson.steps.some((candidate) => candidate.tryStep || candidate.editStep)) {
    await session.tools.prepareLessonFolder(lesson, session.live.env, (line) => session.say(session.color.yellow(escapeControls(line, 'line'))));
  }
  // What the last move finished (a text step read), written with the next step's visit.
  let finished: ProgressChange[] = [];
  while (step < total) {
    const saving = session.store.update(...finished, { kind: 'visit', lesson: lesson.id, step, at: session.now().toISOString() });
    // Awaited in showStep; a failure while the step renders must not go unhandled meanwhile.
    saving.catch(() => undefined);
    const { move, done } = await showStep(session, lesson, step, saving);
    if (move === 'quit') {
      session.say(m.saved);
      return 'quit';
    }
    finished = done ? [done] : [];
    step = Math.max(0, step + move);
  }
  if (finished.length > 0) await session.store.update(...finished);
  await finishWithQuiz(session, lesson);
  return 'finished';
}

/**
 * Shows one step and handles actions until the learner moves: +1, -1, or quit. The step is rendered
 * while `saving` (its visit) is written; the write is done before the step is shown. A text step read
 * to the end comes back as `done`, for the next write.
 */
async function showStep(session: Session, lesson: Lesson, step: number, saving: Promise<unknown>): Promise<{ move: Move; done?: ProgressChange }> {
  const current = lesson.steps[step]!;
  const placeholders = placeholderValues(session.live.env);
  const text = await session.tools.renderStep(lesson, step, { columns: session.columns(), color: session.color.level > 0, lang: session.lang, placeholders });
  await saving;
  session.print();
  await printPaged(session.io, text, { lang: session.lang, dim: session.color.dim });
  if (current.editStep) return { move: await showEditStep(session, lesson, step) };
  if (current.tryStep) return { move: await showTryStep(session, lesson, step) };
  const action = await chooseAction(session, step, [forwardAction(lesson, step)]);
  if (action === 'next' || action === 'quiz') return { move: 1, done: { kind: 'step-done', lesson: lesson.id, step, at: session.now().toISOString() } };
  return { move: action === 'back' ? -1 : 'quit' };
}

async function finishWithQuiz(session: Session, lesson: Lesson): Promise<void> {
  const m = learnMessages();
  if (lesson.questions.length > 0) {
    session.print();
    session.say(session.color.bold(quizMessages().quizIntro(escapeControls(lesson.title, 'line'), lesson.questions.length)));
    await runLessonQuiz(session, lesson, { retakeCommand: `${commandName()} quiz ${lesson.id}` });
  }
  // A finished lesson opens at its beginning next time.
  await session.store.update({ kind: 'visit', lesson: lesson.id, step: 0, at: session.now().toISOString() });
}
