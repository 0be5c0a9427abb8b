/**
 * The commands a lesson asks for: every try command and every command answer must be one docktutor
 * runs, and a build must find its Dockerfile and context in the lesson's workspace/.
 */
import { parseCommandLine } from '../docker/command-line/index.js';
import type { ParsedCommand } from '../docker/commands/types.js';
import { checkMessages } from '../i18n/lessons.js';
import type { FileSet } from './check.js';
import type { ParsedLesson } from './parse.js';
import { placeholderValues, substitutePlaceholders } from './placeholders.js';
import type { Problem } from './problems.js';
import { findRiskyFlags } from './safety/risky-flags.js';
import { safetyMessages } from '../i18n/lesson-safety.js';

// Checked with the default values: a lesson must work with the settings nobody changed.
const DEFAULTS = placeholderValues({});

/** Problems are returned; risky flags (allowed, but the learner is warned) go to `warnings`. */
export function checkCommands(file: string, result: ParsedLesson, workspace: FileSet | undefined, warnings: Problem[] = []): Problem[] {
  const m = checkMessages();
  const lesson = result.lesson;
  if (!lesson) return [];
  const problems: Problem[] = [];
  const lineOf = (id: string, kind: 'try' | 'quiz', field: string) =>
    result.blocks.find((block) => block.kind === kind && block.id === id)?.lineOf([field]) ?? 1;
  const generated = new Set(lesson.generate.map((entry) => normalize(entry.path)));
  for (const step of lesson.steps) {
    const tryStep = step.tryStep;
    if (!tryStep) continue;
    const at = { file, line: () => lineOf(tryStep.id, 'try', 'command'), subject: `${m.tryBlock(tryStep.id)}: command` };
    const parsed = readCommand(tryStep.command, at, problems);
    for (const risk of parsed ? findRiskyFlags(parsed) : []) warnings.push({ file, line: at.line(), message: safetyMessages().risky(at.subject, risk) });
    if (parsed?.name === 'build') problems.push(...checkBuildFiles(parsed, workspace, generated, at));
  }
  for (const question of lesson.questions) {
    if (question.type !== 'command') continue;
    readCommand(question.answer, { file, line: () => lineOf(question.id, 'quiz', 'answer'), subject: `${m.quizBlock(question.id)}: answer` }, problems);
  }
  return problems;
}

/** Where a command sits; `line` is a function because finding a field's line costs a positioned parse. */
interface Place {
  file: string;
  line: () => number;
  subject: string;
}

function readCommand(command: string, at: Place, problems: Problem[]): ParsedCommand | undefined {
  try {
    return parseCommandLine(substitutePlaceholders(command, DEFAULTS));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: at.file, line: at.line(), message: `${at.subject} ${checkMessages().badCommand(command, reason)}` });
    return undefined;
  }
}

function checkBuildFiles(parsed: ParsedCommand, workspace: FileSet | undefined, generated: Set<string>, at: Place): Problem[] {
  const m = checkMessages();
  const context = parsed.args[0];
  // A remote or stdin context brings its own files.
  if (context === undefined || context === '-' || /^[a-z]+:\/\//i.test(context)) return [];
  if (!workspace) return [{ file: at.file, line: at.line(), message: `${at.subject}: ${m.noWorkspace}` }];
  const root = normalize(context);
  const dockerfile = typeof parsed.flags.file === 'string' ? normalize(parsed.flags.file) : join(root, 'Dockerfile');
  const exists = (path: string) => workspace.has(path) || generated.has(path);
  return exists(dockerfile) ? [] : [{ file: at.file, line: at.line(), message: `${at.subject}: ${m.workspaceFileMissing(dockerfile)}` }];
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}
