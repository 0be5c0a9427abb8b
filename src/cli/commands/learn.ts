/**
 * `docktutor learn [lesson]`: a lesson menu (starting at the first unfinished lesson), or straight into
 * the lesson named; each lesson ends with its quiz and offers the next one.
 */
import type { AppContext } from '../../app/context.js';
import { learnMessages } from '../../i18n/learn.js';
import type { Lesson } from '../../lessons/model.js';
import { escapeControls } from '../../terminal/controls.js';
import { runLesson } from '../learn/lesson-flow.js';
import { continueTarget, firstUnfinished, lessonChoices, nextLessonAfter } from '../learn/pick-lesson.js';
import { loadNamedLesson, loadSessionLessons, openSession, type FlowOptions, type Session } from '../learn/session.js';

export interface LearnOptions extends FlowOptions {
  lesson?: string | undefined;
}

export async function learn(context: AppContext, options: LearnOptions): Promise<void> {
  const session = await openSession(context, options, 'learn');
  // `learn 3` reads lesson 3 alone; the others are read once it is done, to offer the next one.
  let lessons = options.lesson === undefined ? await loadSessionLessons(session) : undefined;
  let lesson = lessons ? await chooseLesson(session, lessons) : await loadNamedLesson(session, options.lesson!);
  while (lesson) {
    if ((await runLesson(session, lesson)) === 'quit') return;
    lessons ??= await loadSessionLessons(session);
    lesson = await offerNext(session, lessons, lesson);
  }
}

async function chooseLesson(session: Session, lessons: readonly Lesson[]): Promise<Lesson | undefined> {
  const m = learnMessages();
  const progress = await session.store.read();
  const resume = continueTarget(lessons, progress);
  const start = resume?.lesson ?? firstUnfinished(lessons, progress) ?? lessons[0]!;
  const carryOn = resume ? [{ name: m.continueAt(shown(resume.lesson.title), resume.step), value: resume.lesson.id, description: shown(resume.lesson.summary) }] : [];
  const id = await session.prompts.select<string>({
    message: m.menuMessage,
    choices: [...carryOn, ...lessonChoices(lessons, progress), { name: m.quit, value: '', description: '' }],
    default: start.id,
  });
  return lessons.find((lesson) => lesson.id === id);
}

async function offerNext(session: Session, lessons: readonly Lesson[], done: Lesson): Promise<Lesson | undefined> {
  const m = learnMessages();
  const next = nextLessonAfter(lessons, done);
  if (!next) {
    session.say(m.allDone);
    return undefined;
  }
  if (await session.prompts.confirm({ message: m.nextLesson(shown(next.title)), default: true })) return next;
  session.say(m.lessonFinished(shown(done.title), next.order, shown(next.title)));
  return undefined;
}

/** A lesson's title or summary in a message: its control characters shown, not obeyed. */
function shown(text: string): string {
  return escapeControls(text, 'line');
}
