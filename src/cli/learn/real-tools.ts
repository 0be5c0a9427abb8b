// Wires the lesson loader, the step renderer, the step runner and the command-line layer into the flows.
import { canonicalCommand } from '../../docker/command-line/index.js';
import type { CommandContext } from '../../docker/commands/types.js';
import type { Connection } from '../../docker/connect.js';
import { learnMessages } from '../../i18n/learn.js';
import { loadLessons } from '../../lessons/load.js';
import { placeholderValues, substitutePlaceholders } from '../../lessons/placeholders.js';
import { checkResult } from './basic-check.js';
import type { LessonTools, LiveContext } from './tools.js';

type Module = Record<string, unknown>;

// The renderer and the step runner are still being written by colleagues: their specifiers are kept out of
// the compiler's sight, and the flow degrades (plain step text, exit code and output checks) until they land.
async function optional(specifier: string): Promise<Module | undefined> {
  try {
    return (await import(specifier)) as Module;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

export async function realTools(): Promise<LessonTools> {
  const [renderer, steps] = await Promise.all([optional('../../lessons/render.js'), optional('../../steps/index.js')]);
  // One connection per flow, opened on the first live command: reading lessons needs no daemon.
  const connections = new WeakMap<LiveContext, Promise<Connection>>();
  const contextFor = async (live: LiveContext, lesson?: string): Promise<CommandContext> => {
    let connection = connections.get(live);
    if (!connection) {
      // dockerode loads only when something runs live: progress and reset never pay for it.
      connection = import('../../docker/connect.js').then(({ connect }) => connect({ host: live.host, env: live.env }));
      connection.catch(() => connections.delete(live));
      connections.set(live, connection);
    }
    const { io, env } = live;
    return { connection: await connection, stdout: io.stdout, stderr: io.stderr, stdin: io.stdin, cwd: process.cwd(), env, ...(lesson ? { lesson } : {}) } as CommandContext;
  };
  return {
    loadLessons: async (dir, lang) => loadLessons(dir, lang),
    renderStep(lesson, index, options) {
      const render = renderer?.renderStep as LessonTools['renderStep'] | undefined;
      if (render) return render(lesson, index, options);
      const step = lesson.steps[index]!;
      const fill = (text: string) => substitutePlaceholders(text, options.placeholders);
      return `${learnMessages().stepCounter(lesson.title, index + 1, lesson.steps.length)}\n${fill(step.title)}\n\n${fill(step.markdown).trim()}\n`;
    },
    async runTryStep(lesson, index, line, live) {
      const run = steps?.runTryStep as LessonTools['runTryStep'] | undefined;
      if (run) return run(lesson, index, line, live);
      const { executeCommandLine } = await import('../../docker/execute.js');
      const result = await executeCommandLine(line, await contextFor(live, lesson.id));
      return checkResult(lesson.steps[index]?.tryStep?.check ?? {}, result);
    },
    async executeCommandLine(line, live) {
      const { executeCommandLine } = await import('../../docker/execute.js');
      return executeCommandLine(line, await contextFor(live));
    },
    canonicalCommand,
    expandPlaceholders(text, env) {
      return substitutePlaceholders(text, placeholderValues(env));
    },
  };
}
