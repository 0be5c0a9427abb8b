/** `docktutor progress [--json]`: where the learner stands, per lesson and overall, and what they miss most. */
import { Chalk } from 'chalk';
import { getLang, parseLang, setLang } from '../../i18n/index.js';
import { openProgressStore, type ProgressStore } from '../../progress/store.js';
import { lessonsDir, type GlobalOptions } from '../../settings.js';
import { loadLessonList } from '../learn/session.js';
import { loadTools, type Io, type LessonTools } from '../learn/tools.js';
import { formatProgress } from '../progress/format.js';
import { buildReport } from '../progress/report.js';
import { terminalColumns } from '../../terminal/width.js';

export interface ProgressOptions extends GlobalOptions {
  json?: boolean | undefined;
  io?: Io;
  tools?: Partial<LessonTools>;
  store?: ProgressStore;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export async function progress(options: ProgressOptions): Promise<void> {
  if (options.lang !== undefined) setLang(parseLang(options.lang));
  const stdout = options.io?.stdout ?? process.stdout;
  const stderr = options.io?.stderr ?? process.stderr;
  const env = options.env ?? process.env;
  const tools = await loadTools(options.tools);
  const lessons = await loadLessonList(tools, getLang(), lessonsDir(options.lessons, env));
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
