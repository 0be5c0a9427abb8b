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
  /** Percent of the quiz's questions that must be right at the first attempt to pass the lesson (1..100, default 80). */
  passMark: number;
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
}

/** What a step asks of the learner: read it, run a command, predict then run a command, or write a file. */
export type StepKind = 'read' | 'try' | 'edit' | 'predict';

export interface Step {
  /** The section's heading; the lesson's title for the introduction. */
  title: string;
  /** The section's Markdown with try, edit and quiz blocks taken out. */
  markdown: string;
  /** 1-based line of the heading in the file. */
  line: number;
  /** `predict` when the try step asks for a prediction; `read` when the section holds no try or edit block. */
  kind: StepKind;
  /** Set for kinds `try` and `predict`. */
  tryStep?: TryStep;
  /** Set for kind `edit`. */
  editStep?: EditStep;
  /** Ids of the questions placed in this section. */
  questionIds: string[];
}

/** `copy`: the command is shown and Tab or Up fills it in. `recall`: only the goal is shown. */
export type TryMode = 'copy' | 'recall';
export const TRY_MODES = ['copy', 'recall'] as const satisfies readonly TryMode[];

export interface TryStep {
  id: string;
  mode: TryMode;
  /** The task in words; always set for `recall`. */
  goal?: string;
  /** The reference command as written, with {{image}}, {{registry}} and {{user}} placeholders: what
   * "reveal" shows and what tests run. Never compared with what the learner typed. */
  command: string;
  /** The hint ladder in order, without its last rung (the engine reveals the command). At least one
   * rung; at least two for `recall`. A lesson's single `hint:` is a one-rung ladder. */
  hints: string[];
  explain: string;
  /** What must hold after the command: the step passes by this, never by the command's text. */
  check: TryCheck;
  /** Asked before the command runs; its answer is the measured result. */
  predict?: Prediction;
  /** Containers earlier steps made, checked before this step runs (empty when none). */
  needs: Need[];
  /** The step needs the default bridge network; skipped where the daemon has none. */
  network?: 'bridge';
  line: number;
}

export type PredictMeasure = 'exitCode' | 'cachedSteps' | 'imageSizeMB' | 'outputLines';
export const PREDICT_MEASURES = ['exitCode', 'cachedSteps', 'imageSizeMB', 'outputLines'] as const satisfies readonly PredictMeasure[];

export interface Prediction {
  question: string;
  /** What is measured on the run: its exit code, how many build steps came from the cache, the size of
   * the image the command built or pulled (MB, 10^6 bytes), or how many lines it printed. */
  measure: PredictMeasure;
  /** The choices, as numbers in the lesson's order; absent: the learner types a number. */
  options?: number[];
  /** Relative tolerance for a right answer: 0 (exact) for whole-number measures, 0.25 by default for imageSizeMB. */
  tolerance: number;
}

/** A container an earlier step made; when it is missing or stopped the learner may re-run `step`. */
export interface Need {
  container: string;
  /** The id of an earlier try step of the same lesson whose reference command creates it. */
  step: string;
}

/** A step where the learner writes or fixes files in the practice folder until every check passes. */
export interface EditStep {
  id: string;
  /** What the files must achieve, in the learner's words (Markdown, placeholders allowed). */
  goal: string;
  files: EditFile[];
  build: EditBuild;
  /** The kinds of check the starting files fail: the problem the exercise is about. */
  startFails: EditCheckKind[];
  /** The hint ladder (may be empty); the last rung, added by the engine, shows the solution. */
  hints: string[];
  /** Every check must pass, in this order. */
  checks: EditCheck[];
  explain: string;
  line: number;
}

export interface EditFile {
  /** Relative to the practice folder, with forward slashes. */
  path: string;
  /** Written when the step is first opened; '' when the lesson gives none (the learner starts from an empty file). */
  start: string;
  /** The reference solution (tests write it and require every check to pass). */
  solution: string;
}

/** How the checks build the practice folder: context `.`, always. */
export interface EditBuild {
  /** Default `dt-<step id>`. */
  tag: string;
  /** Relative to the practice folder; default `Dockerfile`. */
  dockerfile: string;
  target?: string;
  /** Build arguments, values as text. */
  args: Record<string, string>;
}

export const EDIT_CHECK_KINDS = [
  'builds', 'notRoot', 'execForm', 'workdir', 'env', 'label', 'expose', 'maxLayers', 'maxSize',
  'cacheReuse', 'maxContext', 'contextExcludes', 'absent', 'present', 'run',
] as const;
export type EditCheckKind = (typeof EDIT_CHECK_KINDS)[number];

/** One check of an edit step; `why` replaces the kind's default failure message. */
export type EditCheck = (
  | { kind: 'builds' }
  /** Config.User is set and is neither root nor 0. */
  | { kind: 'notRoot' }
  /** CMD and ENTRYPOINT, where set, are JSON arrays. */
  | { kind: 'execForm' }
  /** Config.WorkingDir equals `path`. */
  | { kind: 'workdir'; path: string }
  /** Config.Env holds every one of these. */
  | { kind: 'env'; vars: Record<string, string> }
  /** Config.Labels holds every one of these. */
  | { kind: 'label'; labels: Record<string, string> }
  /** Config.ExposedPorts has `port`, always with its protocol (`8080/tcp`). */
  | { kind: 'expose'; port: string }
  /** At most `layers` layers on top of the FROM image's. */
  | { kind: 'maxLayers'; layers: number }
  | { kind: 'maxSize'; bytes: number }
  /**
   * After `file` changes, the rebuild takes from the cache every instruction whose text contains `keep`
   * (the expensive ones); without `keep`, every instruction (the file must not reach the image).
   */
  | { kind: 'cacheReuse'; file: string; keep?: string }
  /** The build context sent is at most `bytes`. */
  | { kind: 'maxContext'; bytes: number }
  /** The build context leaves out `path` (relative to the practice folder). */
  | { kind: 'contextExcludes'; path: string }
  /** `path` (absolute) does not exist in the final image. */
  | { kind: 'absent'; path: string }
  /** `path` (absolute) exists in the final image: a file copied where the goal says. */
  | { kind: 'present'; path: string }
  /** A container of the image, with `command` when given, prints `output` and/or exits with `exitCode`. */
  | { kind: 'run'; command?: string[]; output?: string; exitCode?: number }
) & { why?: string };

export interface TryCheck {
  exitCode?: number;
  /** Every one of these texts is in the output. */
  output?: string | string[];
  /** None of these texts is in the output: what a command that does more than the step asks would print. */
  outputNot?: string | string[];
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
  /** `env`: variables the image's configuration must hold with these values (Config.Env). */
  image?: { ref: string; exists?: boolean; env?: Record<string, string> };
  /** The container the command ran is gone when it ends (`--rm`), or still there (false). */
  removed?: boolean;
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
