/**
 * No control characters in a lesson: not in the file as written (the Markdown, the YAML), and not in a
 * value a YAML escape produces ("\e", "\x9b", "\u202e") that the file does not show. A command (a try
 * command, a command answer) is one line: a line break or a tab is refused there too.
 */
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { ruleMessages } from '../../i18n/lesson-rules.js';
import { checkMessages } from '../../i18n/lessons.js';
import type { ParsedLesson } from '../parse.js';
import { fieldName, type Problem } from '../problems.js';
import { describeControl, findControl } from '../../terminal/controls.js';
import { lessonTexts, type LessonText } from './lesson-texts.js';

/** The first control character of every line of the file as written, with its column. */
export function findControlLines(file: string, text: string): Problem[] {
  const m = safetyMessages();
  const problems: Problem[] = [];
  let line = 1;
  let lineStart = 0;
  for (let from = 0; from < text.length; ) {
    const at = findControl(text, 'prose', from);
    if (at < 0) break;
    for (let newline = text.indexOf('\n', lineStart); newline >= 0 && newline < at; newline = text.indexOf('\n', lineStart)) {
      line += 1;
      lineStart = newline + 1;
    }
    problems.push({ file, line, message: m.control(describeControl(text[at]!), at - lineStart + 1) });
    // One problem per line: go on from the next line.
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    from = next + 1;
  }
  return problems;
}

const YAML_ESCAPE = /\\[0abtnvfreNxuU]/;

/** Control characters in the values the YAML produced that the file as written does not hold. */
export function findControlValues(file: string, text: string, result: ParsedLesson): Problem[] {
  const m = safetyMessages();
  const problems: Problem[] = [];
  let literal: Set<string> | undefined;
  // Only a YAML escape (`\e`, `\x9b`, `\u202e`, `\N`...) makes a control character the file does not show:
  // without one, only commands (one line) need a look.
  const escapes = YAML_ESCAPE.test(text);
  for (const entry of lessonTexts(result)) {
    const command = isCommand(entry, result);
    if (!escapes && !command) continue;
    const at = findControl(entry.text, command ? 'line' : 'prose');
    if (at < 0) continue;
    const char = entry.text[at]!;
    literal ??= controlsIn(text);
    // A character the file holds as written is already reported on its own line (a line break or a tab is allowed there).
    if (literal.has(char) && !(command && (char === '\n' || char === '\t'))) continue;
    const field = subjectOf(entry);
    problems.push({ file, line: entry.line(), message: command ? m.commandOneLine(field, describeControl(char)) : m.controlInField(field, describeControl(char)) });
  }
  return problems;
}

function isCommand(entry: LessonText, result: ParsedLesson): boolean {
  if (entry.path.length !== 1) return false;
  if (entry.owner.kind === 'step') return entry.path[0] === 'command';
  if (entry.owner.kind !== 'quiz') return false;
  const question = result.lesson?.questions.find((candidate) => candidate.id === entry.owner.id);
  return question?.type === 'command' && entry.path[0] === 'answer';
}

/** `try 'run-hello': command`, `edit 'fix-it': goal`, `quiz 'tags': options[1].text`, or the front matter field alone. */
export function subjectOf(entry: LessonText): string {
  const m = checkMessages();
  const field = fieldName(entry.path);
  if (entry.owner.kind === 'front') return field;
  const owner =
    entry.owner.kind === 'quiz' ? m.quizBlock(entry.owner.id) : entry.owner.block === 'editStep' ? ruleMessages().editBlock(entry.owner.id) : m.tryBlock(entry.owner.id);
  return `${owner}: ${field}`;
}

function controlsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (let at = findControl(text, 'line'); at >= 0; at = findControl(text, 'line', at + 1)) found.add(text[at]!);
  return found;
}
