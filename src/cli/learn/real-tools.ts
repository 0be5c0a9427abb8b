// Wires the lesson loader, the step renderer, the step runner and the command-line layer into the flows.
import { canonicalCommand } from '../../docker/command-line/index.js';
import type { CommandContext } from '../../docker/commands/types.js';
import type { Connection } from '../../docker/engine/connect.js';
import { loadLessons } from '../../lessons/load.js';
import { placeholderValues, substitutePlaceholders } from '../../lessons/placeholders.js';
import { loadRenderer } from './renderer.js';
import { realStepTools } from './real-step-tools.js';
import type { LessonTools, LiveContext } from './tools.js';

export async function realTools(): Promise<LessonTools> {
  // One connection per flow, opened on the first live command: reading lessons needs no daemon.
  const connections = new WeakMap<LiveContext, Promise<Connection>>();
  const contextFor = async (live: LiveContext): Promise<CommandContext> => {
    let connection = connections.get(live);
    if (!connection) {
      // dockerode loads only when something runs live: progress and reset never pay for it.
      connection = import('../../docker/engine/connect.js').then(({ connect }) => connect({ host: live.host, env: live.env }));
      connection.catch(() => connections.delete(live));
      connections.set(live, connection);
    }
    const { io, env } = live;
    return { connection: await connection, stdout: io.stdout, stderr: io.stderr, stdin: io.stdin, cwd: process.cwd(), env } as CommandContext;
  };
  return {
    ...realStepTools(),
    loadLessons: async (dir, lang) => loadLessons(dir, lang),
    renderStep: async (...args) => (await loadRenderer()).renderStep(...args),
    async runTryStep(lesson, index, line, live) {
      const { runTryStep } = await import('../../steps/index.js');
      return runTryStep(lesson, index, line, live);
    },
    async executeCommandLine(line, live) {
      const { executeCommandLine } = await import('../../docker/commands/execute.js');
      return executeCommandLine(line, await contextFor(live));
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
