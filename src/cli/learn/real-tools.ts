// Wires the lesson loader, the step renderer, the step runner and the command-line layer into the flows.
import { canonicalCommand } from '../../docker/command-line/index.js';
import { DocktutorError } from '../../errors.js';
import { placeholderValues, substitutePlaceholders } from '../../lessons/placeholders.js';
import type { LessonTools } from './tools.js';

type Module = Record<string, unknown>;

// The renderer, the step runner and the executor are still being written by colleagues: their specifiers
// are kept out of the compiler's sight, and the flow degrades (plain step text, no live run) until they land.
async function optional(specifier: string): Promise<Module | undefined> {
  try {
    return (await import(specifier)) as Module;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

function notYet(what: string): never {
  throw new DocktutorError('daemon', `${what} is not available in this build of docktutor`);
}

export async function realTools(): Promise<LessonTools> {
  const [loader, renderer, steps, executor] = await Promise.all([
    optional('../../lessons/load.js'),
    optional('../../lessons/render.js'),
    optional('../../steps/index.js'),
    optional('../../docker/execute.js'),
  ]);
  return {
    async loadLessons(dir, lang) {
      return (loader?.loadLessons as LessonTools['loadLessons'] | undefined ?? (() => notYet('the lesson loader')))(dir, lang);
    },
    renderStep(lesson, index, options) {
      const render = renderer?.renderStep as LessonTools['renderStep'] | undefined;
      if (render) return render(lesson, index, options);
      const step = lesson.steps[index]!;
      return `${step.title}\n\n${step.markdown.trim()}\n`;
    },
    async runTryStep(lesson, index, line, context) {
      const run = steps?.runTryStep as LessonTools['runTryStep'] | undefined;
      return run ? run(lesson, index, line, context) : notYet('running a step live');
    },
    async executeCommandLine(line, context) {
      const execute = executor?.executeCommandLine as LessonTools['executeCommandLine'] | undefined;
      return execute ? execute(line, context) : notYet('running a command live');
    },
    canonicalCommand,
    expandPlaceholders(text, env) {
      return substitutePlaceholders(text, placeholderValues(env));
    },
  };
}
