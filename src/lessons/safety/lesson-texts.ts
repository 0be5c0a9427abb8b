/**
 * Every text a parsed lesson holds, with where it is written, so that the safety rules judge each one
 * (including the fields of step kinds added later) without knowing the lesson model field by field.
 */
import type { ParsedLesson } from '../parse.js';

export interface LessonText {
  /**
   * Who holds it, as messages name it: `try 'run-hello'`, `edit 'fix-it'`, `quiz 'tags'`; empty for the
   * front matter. `block` is a step's field holding the block (`tryStep`, `editStep`).
   */
  owner: { kind: 'front' | 'step' | 'quiz'; id?: string; block?: string };
  /** The path to the text inside its block (`['options', 2, 'text']`). */
  path: PropertyKey[];
  text: string;
  /** The file line of the text's field, asked only when a problem is found (it costs a positioned parse). */
  line(): number;
}

/** The texts of the kinds of owner asked for (all by default). */
export function* lessonTexts(result: ParsedLesson, kinds: readonly LessonText['owner']['kind'][] = ['front', 'step', 'quiz']): Generator<LessonText> {
  const { lesson } = result;
  if (!lesson) return;
  const { steps, questions, lang: _lang, dir: _dir, file: _file, ...front } = lesson;
  if (kinds.includes('front')) for (const [path, text] of stringsOf(front)) yield { owner: { kind: 'front' }, path, text, line: () => result.head.lineOf(String(path[0])) };
  if (kinds.includes('step')) for (const step of steps) {
    // A step's blocks (a try block, and whatever kinds come later) are its object-valued fields.
    for (const [key, block] of Object.entries(step)) {
      if (key === 'title' || key === 'markdown' || !block || typeof block !== 'object' || Array.isArray(block)) continue;
      const id = (block as { id?: unknown }).id;
      const ref = result.blocks.find((candidate) => candidate.kind !== 'quiz' && candidate.id === id);
      for (const [path, text] of stringsOf(block)) {
        yield { owner: { kind: 'step', block: key, ...(typeof id === 'string' ? { id } : {}) }, path, text, line: () => ref?.lineOf(path) ?? step.line };
      }
    }
  }
  if (kinds.includes('quiz')) for (const question of questions) {
    const ref = result.blocks.find((candidate) => candidate.kind === 'quiz' && candidate.id === question.id);
    for (const [path, text] of stringsOf(question)) yield { owner: { kind: 'quiz', id: question.id }, path, text, line: () => ref?.lineOf(path) ?? question.line };
  }
}

/** Every string inside `value` with the path to it. */
function* stringsOf(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
}
