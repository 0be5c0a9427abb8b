/**
 * A lesson as the program sees it, after parsing one language's Markdown file.
 * See docs/lesson-format.md for the file format this is read from.
 */
import type { Lang } from '../i18n/index.js';

export interface Lesson {
  id: string;
  title: string;
  order: number;
  summary: string;
  objectives: string[];
  minutes: number;
  /** Files created in the practice folder before the first step, sizes in bytes. */
  generate: { path: string; size: number }[];
  lang: Lang;
  /** The lesson's folder (holds en.md, ko.md and maybe workspace/). */
  dir: string;
  /** The file this was parsed from, for messages. */
  file: string;
  /** The steps in order: the introduction (when there is text before the first `## `), then each section. */
  steps: Step[];
  /** Every quiz question of the lesson, in file order. */
  questions: Question[];
  /** Percent of first attempts right that passes the quiz (front matter `passMark`; default 80). */
  passMark?: number;
}

export interface Step {
  /** The section's heading; the lesson's title for the introduction. */
  title: string;
  /** The section's Markdown with try and quiz blocks taken out. */
  markdown: string;
  /** 1-based line of the heading in the file. */
  line: number;
  tryStep?: TryStep;
  /** Ids of the questions placed in this section. */
  questionIds: string[];
}

export interface TryStep {
  id: string;
  /** The command as written, with {{image}}, {{registry}} and {{user}} placeholders. */
  command: string;
  hint: string;
  explain: string;
  check: TryCheck;
  line: number;
}

export interface TryCheck {
  exitCode?: number;
  output?: string;
  container?: {
    name?: string;
    image?: string;
    running?: boolean;
    exitCode?: number;
    oomKilled?: boolean;
    /** As written in the lesson: `64m`, `1g`. */
    memory?: string;
    cpus?: number;
  };
  image?: { ref: string; exists?: boolean };
  build?: { cachedSteps?: number[]; contextMaxBytes?: number; contextMinBytes?: number };
  login?: { server: string; loggedIn: boolean };
  registry?: { repo: string; tag: string };
}

interface QuestionBase {
  id: string;
  question: string;
  explanation: string;
  line: number;
  /** Index into Lesson.steps of the section the question follows. */
  step: number;
}

export interface ChoiceOption {
  text: string;
  correct: boolean;
  why?: string;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
}

export interface CommandQuestion extends QuestionBase {
  type: 'command';
  /** The expected command; any command with the same meaning is accepted. */
  answer: string;
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | CommandQuestion;
