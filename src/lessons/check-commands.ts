/**
 * The commands a lesson asks for: every try command and every command answer must be one docktutor
 * runs, and a build must find its Dockerfile and context in the lesson's workspace/.
 */
import { parseCommandLine } from '../docker/command-line/index.js';
import type { ParsedCommand } from '../docker/commands/types.js';
import { checkMessages } from '../i18n/lessons.js';
import type { ParsedLesson } from './parse.js';
import { placeholderValues, substitutePlaceholders } from './placeholders.js';
import type { Problem } from './problems.js';

// Checked with the default values: a lesson must work with the settings nobody changed.
const DEFAULTS = placeholderValues({});

export function checkCommands(file: string, result: ParsedLesson, workspace: ReadonlySet<string> | undefined): Problem[] {
  const lesson = result.lesson;
  if (!lesson) return [];
  const problems: Problem[] = [];
  const lineOf = (id: string, kind: 'try' | 'quiz', field: string) =>
    result.blocks.find((block) => block.kind === kind && block.id === id)?.lineOf([field]) ?? 1;
  const generated = new Set(lesson.generate.map((entry) => normalize(entry.path)));
  for (const step of lesson.steps) {
    const tryStep = step.tryStep;
    if (!tryStep) continue;
    const line = () => lineOf(tryStep.id, 'try', 'command');
    const parsed = readCommand(tryStep.command, file, line, problems);
    if (parsed?.name === 'build') problems.push(...checkBuildFiles(parsed, workspace, generated, file, line));
  }
  for (const question of lesson.questions) {
    if (question.type === 'command') readCommand(question.answer, file, () => lineOf(question.id, 'quiz', 'answer'), problems);
  }
  return problems;
}

/** `line` is a function: finding a field's line costs a positioned parse, paid only for a problem. */
function readCommand(command: string, file: string, line: () => number, problems: Problem[]): ParsedCommand | undefined {
  try {
    return parseCommandLine(substitutePlaceholders(command, DEFAULTS));
  } catch (error) {
    problems.push({ file, line: line(), message: checkMessages().badCommand(command, error instanceof Error ? error.message : String(error)) });
    return undefined;
  }
}

function checkBuildFiles(parsed: ParsedCommand, workspace: ReadonlySet<string> | undefined, generated: Set<string>, file: string, line: () => number): Problem[] {
  const m = checkMessages();
  const context = parsed.args[0];
  // A remote or stdin context brings its own files.
  if (context === undefined || context === '-' || /^[a-z]+:\/\//i.test(context)) return [];
  if (!workspace) return [{ file, line: line(), message: m.noWorkspace }];
  const root = normalize(context);
  const dockerfile = typeof parsed.flags.file === 'string' ? normalize(parsed.flags.file) : join(root, 'Dockerfile');
  const exists = (path: string) => workspace.has(path) || generated.has(path);
  return exists(dockerfile) ? [] : [{ file, line: line(), message: m.workspaceFileMissing(dockerfile) }];
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
