/**
 * `docktutor quiz [lesson]`: a lesson's quiz on its own (default: the lesson in progress visited last,
 * else the lesson visited last, else a menu);
 * `--review` asks the missed questions that are due; `--shuffle [seed]` gives a reproducible order.
 */
import { randomInt } from 'node:crypto';
import type { AppContext } from '../../app/context.js';
import { quizMessages } from '../../i18n/quiz.js';
import type { Lesson } from '../../lessons/model.js';
import { orderQuestions, parseSeed } from '../../quiz/shuffle.js';
import { escapeControls } from '../../terminal/controls.js';
import { currentLesson, findLesson, lessonChoices } from '../learn/pick-lesson.js';
import { loadSessionLessons, openSession, type FlowOptions, type Session } from '../learn/session.js';
import { planReview } from '../quiz/review.js';
import { runLessonQuiz } from '../quiz/lesson-quiz.js';
import { runQuiz } from '../quiz/run-quiz.js';
import { commandName } from '../../command-name.js';
import { isPromptExit } from '../prompts.js';

export interface QuizOptions extends FlowOptions {
  lesson?: string | undefined;
  review?: boolean | undefined;
  /** true: pick a seed and print it; a string: that seed. */
  shuffle?: string | boolean | undefined;
}

export async function quiz(context: AppContext, options: QuizOptions): Promise<void> {
  const session = await openSession(context, options, 'quiz');
  const m = quizMessages();
  const lessons = await loadSessionLessons(session);
  const seed = seedOf(options.shuffle);
  // The command that gives this order again names what this one asked: the same lesson, or the review.
  const sayShuffle = (words: string) => {
    if (seed !== undefined) session.say(session.color.dim(m.seed(seed, `${commandName()} quiz ${words}--shuffle ${seed}`)));
  };
  if (options.review) {
    sayShuffle(`--review ${options.lesson === undefined ? '' : `${options.lesson} `}`);
    await sayWhenLeft(session, m.leftReview, review(session, options.lesson === undefined ? lessons : [findLesson(lessons, options.lesson)], seed));
    return;
  }
  const lesson = options.lesson === undefined ? await defaultLesson(session, lessons) : findLesson(lessons, options.lesson);
  if (!lesson) return;
  sayShuffle(`${lesson.id} `);
  if (lesson.questions.length === 0) {
    session.say(m.noQuestions(escapeControls(lesson.title, 'line')));
    return;
  }
  session.say(session.color.bold(m.quizIntro(escapeControls(lesson.title, 'line'), lesson.questions.length)));
  const again = `${commandName()} quiz ${lesson.id}`;
  await sayWhenLeft(session, m.leftQuiz(again), runLessonQuiz(session, lesson, { seed, retakeCommand: again }));
}

/** Ctrl-C at a question: every answer is saved already; say so before main turns it into exit code 130. */
async function sayWhenLeft(session: Session, left: string, sitting: Promise<unknown>): Promise<void> {
  try {
    await sitting;
  } catch (error) {
    if (isPromptExit(error)) {
      session.print();
      session.say(left);
    }
    throw error;
  }
}

function seedOf(shuffle: string | boolean | undefined): number | undefined {
  if (shuffle === undefined || shuffle === false) return undefined;
  return shuffle === true ? randomInt(0, 2 ** 32 - 1) : parseSeed(shuffle);
}

async function review(session: Session, lessons: readonly Lesson[], seed: number | undefined): Promise<void> {
  const m = quizMessages();
  const plan = planReview(lessons, await session.store.read(), session.now());
  if (plan.items.length === 0) {
    session.say(plan.next ? m.reviewNothing : m.reviewEmpty);
    if (plan.next) session.say(m.reviewNext(plan.next.toLocaleString(session.lang)));
    return;
  }
  if (lessons.length === 1) session.say(session.color.bold(m.reviewTitle(escapeControls(lessons[0]!.title, 'line'))));
  session.say(session.color.bold(m.reviewIntro(plan.items.length)));
  await runQuiz(session, orderQuestions(plan.items, seed), { showLesson: lessons.length > 1, seed });
}

async function defaultLesson(session: Session, lessons: readonly Lesson[]): Promise<Lesson | undefined> {
  const progress = await session.store.read();
  const recent = currentLesson(lessons, progress);
  if (recent) return recent;
  const id = await session.prompts.select<string>({ message: quizMessages().pickLesson, choices: lessonChoices(lessons, progress), default: lessons[0]!.id });
  return lessons.find((lesson) => lesson.id === id);
}
