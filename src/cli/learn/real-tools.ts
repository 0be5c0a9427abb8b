// Wires the lesson loader, the step renderer, the step runner and the command-line layer into the flows.
import { commandContextOf } from '../../app/context.js';
import { canonicalCommand } from '../../docker/command-line/index.js';
import { loadLessons } from '../../lessons/load.js';
import { placeholderValues, substitutePlaceholders } from '../../lessons/placeholders.js';
import { loadRenderer } from './renderer.js';
import { realStepTools } from './real-step-tools.js';
import type { LessonTools } from './tools.js';

export async function realTools(): Promise<LessonTools> {
  return {
    ...realStepTools(),
    loadLessons: async (dir, lang, only) => loadLessons(dir, lang, only),
    renderStep: async (...args) => (await loadRenderer()).renderStep(...args),
    // Both run on the live context's daemon: one connection for the whole flow, opened on the first
    // live command (reading lessons needs no daemon, and dockerode loads only then).
    async startTryStep(lesson, index, live) {
      const { prepareTryStep, runTryStep } = await import('../../steps/index.js');
      const setting = await prepareTryStep(lesson, index, live);
      return (line) => runTryStep(lesson, index, live, { line, setting });
    },
    async executeCommandLine(line, live) {
      const { executeCommandLine } = await import('../../docker/commands/execute.js');
      return executeCommandLine(line, await commandContextOf(live), { explain: live.explain });
    },
    canonicalCommand,
    async prepareWorkspace(lesson, env, notice) {
      const { prepareWorkspace } = await import('../../lessons/workspace.js');
      return prepareWorkspace(lesson, env, notice);
    },
    expandPlaceholders(text, env) {
      return substitutePlaceholders(text, placeholderValues(env));
    },
  };
}
