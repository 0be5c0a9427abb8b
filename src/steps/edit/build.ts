/**
 * Builds an edit step's image the way the learner would, through the command layer: `docker build -t
 * <tag> -f <dockerfile> [--target] [--build-arg] .` in the practice folder, so docktutor's labels, the
 * .dockerignore rules and the chosen builder all apply. The output is kept, not shown: the checks say
 * what matters, and a failed build shows its last lines.
 */
import { PassThrough, Writable } from 'node:stream';
import type { BuildOutcome, CommandContext } from '../../docker/commands/types.js';
import type { Connection } from '../../docker/engine/connect.js';
import { DocktutorError } from '../../errors.js';
import type { EditBuild } from '../../lessons/model.js';

export type EditBuildResult = { ok: true; outcome: BuildOutcome; output: string } | { ok: false; errorLines: string[]; output: string };

export interface EditBuildContext {
  connection: Connection;
  env: NodeJS.ProcessEnv;
  /** The lesson's id, recorded as a label on the image. */
  lesson: string;
}

/** The build's words; `tag` undefined builds an untagged image (the cache probe's rebuild). */
export function buildWords(build: EditBuild, tag: string | undefined): string[] {
  const words = ['docker', 'build'];
  if (tag !== undefined) words.push('-t', tag);
  words.push('-f', build.dockerfile);
  if (build.target) words.push('--target', build.target);
  for (const [name, value] of Object.entries(build.args)) words.push('--build-arg', `${name}=${value}`);
  words.push('.');
  return words;
}

export async function buildEditImage(build: EditBuild, folder: string, context: EditBuildContext, tag: string | undefined = build.tag): Promise<EditBuildResult> {
  const chunks: Buffer[] = [];
  const sink = () => Object.assign(new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(Buffer.from(chunk)), done()) }), { isTTY: false });
  const stdin = Object.assign(new PassThrough().end(), { isTTY: false });
  const commandContext: CommandContext = {
    connection: context.connection,
    stdout: sink(),
    stderr: sink(),
    stdin,
    cwd: folder,
    env: context.env,
    lesson: context.lesson,
  };
  const text = () => Buffer.concat(chunks).toString('utf8');
  try {
    // Loaded here: the command layer pulls in every command's table, which the pure checks never need.
    const { executeCommandLine } = await import('../../docker/commands/execute.js');
    const result = await executeCommandLine(buildWords(build, tag), commandContext, { explain: false });
    // BuildKit reports a failed step in its result (exit code 1) rather than as an error.
    if (!result.build || result.exitCode !== 0) return { ok: false, errorLines: lastStepLines(result.output), output: result.output };
    return { ok: true, outcome: result.build, output: result.output };
  } catch (error) {
    if (!(error instanceof DocktutorError)) throw error;
    // The daemon being away is not the learner's Dockerfile: let the caller say so.
    if (error.kind.startsWith('daemon-')) throw error;
    const lines = [...lastStepLines(text()), ...plainLines(error.message)];
    return { ok: false, errorLines: dedupeTail(lines), output: text() };
  }
}

/** The failing step's lines: from the last "Step N/M" (or BuildKit's "#N [") on, at most 12. */
export function lastStepLines(output: string): string[] {
  const lines = plainLines(output);
  let start = -1;
  lines.forEach((line, index) => {
    if (/^Step \d+\/\d+ : /.test(line) || /^#\d+ \[/.test(line)) start = index;
  });
  const from = start < 0 ? Math.max(0, lines.length - 12) : start;
  return lines.slice(from).slice(-12);
}

/** Lines without terminal escapes or other control characters: build output can hold anything. */
export function plainLines(text: string): string[] {
  return text
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[\]P^_][\s\S]*?(?:\x07|\x1b\\)/g, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '').trimEnd())
    .filter((line) => line.trim() !== '');
}

/** The error message often repeats the output's last line: keep it once. */
function dedupeTail(lines: string[]): string[] {
  return lines.filter((line, index) => index === 0 || line !== lines[index - 1]);
}
