/**
 * A bind mount named from the practice folder stays in it. `-v ./notes:/notes` reads as "the notes
 * folder here"; when `notes` is a symbolic link (a container of an earlier step can make one in a
 * mounted folder) the daemon follows it on the host, and the step writes wherever it points. The same
 * for `-v ..:/up`. So a bind source given relative to the practice folder (or spelt as a path inside it)
 * must really be inside it; an absolute host path is visible as such, and is a risky flag instead.
 */
import { resolve } from 'node:path';
import type { FlagValue, ParsedCommand } from '../../docker/commands/types.js';
import { DocktutorError } from '../../errors.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { escapeControls } from './controls.js';
import { isInside, realPathOf } from './inside-folder.js';

/** The first `-v` of a `run` whose source is meant to be in `cwd` but leads elsewhere, with where it leads. */
export function findEscapingBind(command: Pick<ParsedCommand, 'name' | 'flags'>, cwd: string): { spec: string; real: string } | undefined {
  if (command.name !== 'run') return undefined;
  const root = realPathOf(cwd) ?? resolve(cwd);
  for (const spec of list(command.flags.volume)) {
    const parts = spec.split(':');
    if (parts.length < 2) continue;
    const source = parts[0]!;
    const relativeSource = source.startsWith('.');
    const written = resolve(cwd, source);
    if (!relativeSource && !(source.startsWith('/') && isInside(resolve(cwd), written))) continue;
    const real = realPathOf(written);
    if (real === undefined || !isInside(root, real)) return { spec, real: real ?? written };
  }
  return undefined;
}

/** Throws (exit code 125, as docker's own refusals of a volume spec) when a bind source leaves `cwd`. */
export function refuseEscapingBinds(command: Pick<ParsedCommand, 'name' | 'flags'>, cwd: string): void {
  const escaping = findEscapingBind(command, cwd);
  if (!escaping) return;
  const m = safetyMessages();
  throw new DocktutorError('usage', m.bindEscapes(escapeControls(escaping.spec, 'line'), escapeControls(escaping.real, 'line')), { hint: m.bindEscapesHint, exitCode: 125 });
}

function list(value: FlagValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}
