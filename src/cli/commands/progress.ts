/** `docktutor progress [--json]`: where the learner stands, per lesson and overall, and what they miss most. */
import { Chalk } from 'chalk';
import type { AppContext } from '../../app/context.js';
import { openProgressStore, type ProgressStore } from '../../progress/store.js';
import { loadLessonList } from '../learn/session.js';
import { loadTools, type LessonTools } from '../learn/tools.js';
import { formatProgress } from '../progress/format.js';
import { buildReport } from '../progress/report.js';
import { terminalColumns } from '../../terminal/width.js';

export interface ProgressOptions {
  json?: boolean | undefined;
  tools?: Partial<LessonTools>;
  store?: ProgressStore;
  now?: () => Date;
}

export async function progress(context: AppContext, options: ProgressOptions): Promise<void> {
  const { stdout, stderr } = context.io;
  const { env } = context;
  const tools = await loadTools(options.tools);
  const lessons = await loadLessonList(tools, context.lang, context.invocation.lessonsDir);
  const store = options.store ?? openProgressStore({ warn: (line) => stderr.write(`docktutor: ${line}\n`) });
  const now = options.now?.() ?? new Date();
  const report = buildReport(lessons, await store.read(), now);
  if (options.json) {
    stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const color = new Chalk({ level: stdout.isTTY && !env.NO_COLOR ? new Chalk().level : 0 });
  // 80 columns (or COLUMNS) when the output is not a terminal (a file, a pipe), as every screen of docktutor does.
  const width = terminalColumns(stdout, env);
  stdout.write(formatProgress(report, now, { good: color.green, bad: color.red, dim: color.dim, bold: color.bold }, width));
}
