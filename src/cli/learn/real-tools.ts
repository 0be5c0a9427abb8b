// Wires the lesson loader, the step renderer, the step runner and the command-line layer into the flows.
import { canonicalCommand } from '../../docker/command-line/index.js';
import { placeholderValues, substitutePlaceholders } from '../../lessons/placeholders.js';
import type { LessonTools } from './tools.js';

// Until the colleagues' modules land in the tree, their specifiers are kept out of the compiler's sight.
const load = (specifier: string): Promise<Record<string, unknown>> => import(specifier) as Promise<Record<string, unknown>>;

export async function realTools(): Promise<LessonTools> {
  return {
    async loadLessons(dir, lang) {
      const module = await load('../../lessons/load.js');
      return (module.loadLessons as LessonTools['loadLessons'])(dir, lang);
    },
    renderStep() {
      throw new Error('the step renderer is not available yet');
    },
    async runTryStep() {
      throw new Error('the step runner is not available yet');
    },
    async executeCommandLine() {
      throw new Error('the command executor is not available yet');
    },
    canonicalCommand,
    expandPlaceholders(text, env) {
      return substitutePlaceholders(text, placeholderValues(env));
    },
  };
}
