/**
 * The commands and files a lesson asks for: every try command and every command answer must be one
 * docktutor runs, a build must find its Dockerfile in the lesson's workspace/, a prediction must measure
 * something its command does, an edit step's build must find the files it names, and a step acting on a
 * container an earlier step made must declare it in `needs` (check-dependencies.ts).
 */
import { parseCommandLine, type ShellExpansion } from '../docker/command-line/index.js';
import type { ParsedCommand } from '../docker/commands/types.js';
import { ruleMessages } from '../i18n/lesson-rules.js';
import { checkMessages } from '../i18n/lessons.js';
import type { EditStep } from './model.js';
import type { FileSet } from './check.js';
import type { ParsedLesson } from './parse.js';
import { placeholderValues, substitutePlaceholders } from './placeholders.js';
import type { Problem } from './problems.js';
import { findRiskyFlags } from './safety/risky-flags.js';
import { findUndeclaredNeeds } from './check-dependencies.js';
import { safetyMessages } from '../i18n/lesson-safety.js';

// Checked with the default values: a lesson must work with the settings nobody changed.
const DEFAULTS = placeholderValues({});

/** Problems are returned; risky flags that still run (the learner is warned) go to `warnings`. */
export function checkCommands(file: string, result: ParsedLesson, workspace: FileSet | undefined, warnings: Problem[] = []): Problem[] {
  const m = checkMessages();
  const lesson = result.lesson;
  if (!lesson) return [];
  const problems: Problem[] = [];
  const lineOf = (id: string, kind: 'try' | 'edit' | 'quiz', ...path: PropertyKey[]) =>
    result.blocks.find((block) => block.kind === kind && block.id === id)?.lineOf(path) ?? 1;
  const generated = new Set(lesson.generate.map((entry) => normalize(entry.path)));
  const commands: (ParsedCommand | undefined)[] = [];
  for (const step of lesson.steps) {
    if (step.editStep) problems.push(...checkEditFiles(step.editStep, workspace, generated, { file, lineOf: (...path) => lineOf(step.editStep!.id, 'edit', ...path) }));
    const tryStep = step.tryStep;
    if (!tryStep) continue;
    const at = { file, line: () => lineOf(tryStep.id, 'try', 'command'), subject: `${m.tryBlock(tryStep.id)}: command` };
    const parsed = readCommand(tryStep.command, at, problems);
    commands[lesson.steps.indexOf(step)] = parsed;
    for (const risk of parsed ? findRiskyFlags(parsed) : []) {
      // `docker run` refuses a bind mount out of the practice folder in a lesson step: such a step could never pass.
      if (risk.kind === 'bind') problems.push({ file, line: at.line(), message: safetyMessages().outsideBind(at.subject, risk.text) });
      else warnings.push({ file, line: at.line(), message: safetyMessages().risky(at.subject, risk.text) });
    }
    if (parsed?.name === 'build') problems.push(...checkBuildFiles(parsed, workspace, generated, at));
    const measure = tryStep.predict?.measure;
    const measures = measure === 'cachedSteps' ? ['build'] : measure === 'imageSizeMB' ? ['build', 'pull'] : undefined;
    if (parsed && measures && !measures.includes(parsed.name)) {
      const message = measure === 'cachedSteps' ? ruleMessages().predictNeedsBuild(measure) : ruleMessages().predictNeedsImage(measure!);
      problems.push({ file, line: lineOf(tryStep.id, 'try', 'predict', 'measure'), message: `${m.tryBlock(tryStep.id)}: ${message}` });
    }
  }
  problems.push(...findUndeclaredNeeds(lesson, commands, file, (id) => lineOf(id, 'try', 'command')));
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
    const seen: ShellExpansion[] = [];
    const parsed = parseCommandLine(substitutePlaceholders(command, DEFAULTS), { seen });
    // The learner's shell (and docktutor, as it) would expand it from their environment: the lesson's
    // result would depend on the machine, and its command could read what the learner keeps there.
    const outside = [...new Set(seen.map((entry) => entry.text))];
    if (outside.length > 0) problems.push({ file: at.file, line: at.line(), message: `${at.subject} ${ruleMessages().shellExpands(outside.join(', '))}` });
    return parsed;
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

/** The Dockerfile an edit step builds and the source file a cacheReuse check changes exist before the learner starts. */
function checkEditFiles(
  edit: EditStep,
  workspace: FileSet | undefined,
  generated: Set<string>,
  at: { file: string; lineOf: (...path: PropertyKey[]) => number },
): Problem[] {
  const r = ruleMessages();
  const subject = r.editBlock(edit.id);
  const files = new Set(edit.files.map((entry) => normalize(entry.path)));
  const exists = (path: string) => files.has(normalize(path)) || generated.has(normalize(path)) || workspace?.has(normalize(path)) === true;
  const problems: Problem[] = [];
  if (!exists(edit.build.dockerfile)) {
    problems.push({ file: at.file, line: at.lineOf('build', 'dockerfile'), message: `${subject}: ${r.editFileMissing('build.dockerfile', edit.build.dockerfile)}` });
  }
  edit.checks.forEach((check, index) => {
    if (check.kind !== 'cacheReuse' || exists(check.file)) return;
    problems.push({ file: at.file, line: at.lineOf('checks', index), message: `${subject}: ${r.editFileMissing(`checks[${index}].cacheReuse`, check.file)}` });
  });
  return problems;
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
