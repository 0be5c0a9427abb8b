/**
 * docktutor clean [--yes] [--dry-run] [--pulled]: lists what docktutor created on the daemon, asks,
 * and removes it (containers first, then images). Objects without docktutor's label are never touched.
 */
import { executeClean, planClean } from '../../docker/clean/plan.js';
import { countPlan, formatCleanOutcome, formatCleanPlan } from '../../docker/clean/format.js';
import { connect } from '../../docker/engine/connect.js';
import { DocktutorError, ExitCode } from '../../errors.js';
import { cleanMessages } from '../../i18n/clean.js';
import type { GlobalOptions } from '../../settings.js';
import { askConfirm } from '../prompts.js';

export interface CleanOptions extends GlobalOptions {
  yes?: boolean;
  dryRun?: boolean;
  pulled?: boolean;
}

export interface CleanIo {
  stdout: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  confirm: (message: string) => Promise<boolean>;
}

const processIo = (): CleanIo => ({
  stdout: process.stdout,
  stdin: process.stdin,
  env: process.env,
  confirm: (message) => askConfirm({ message, default: false }),
});

export async function clean(options: CleanOptions, io: CleanIo = processIo()): Promise<void> {
  const m = cleanMessages();
  const { docker } = await connect({ host: options.host, env: io.env });
  const plan = await planClean(docker, io.env, { pulled: options.pulled === true });
  io.stdout.write(formatCleanPlan(plan, io.env.DOCKTUTOR_RUN_LABEL));
  if (plan.pulledNotAsked > 0) io.stdout.write(`${m.pulledNote(plan.pulledNotAsked)}\n`);
  if (plan.notOurs > 0) io.stdout.write(`${m.notOursNote(plan.notOurs)}\n`);
  if (options.dryRun) {
    io.stdout.write(`${m.dryRun}\n`);
    return;
  }
  const count = countPlan(plan);
  if (count === 0) return;
  if (!options.yes) {
    if (!io.stdin.isTTY) throw new DocktutorError('needs-terminal', m.needsYes, { hint: m.needsYesHint });
    if (!(await io.confirm(m.confirm(count)))) {
      io.stdout.write(`${m.declined}\n`);
      return;
    }
  }
  const outcome = await executeClean(docker, plan, io.env);
  io.stdout.write(formatCleanOutcome(outcome));
  if (outcome.skipped.length > 0) throw new ExitCode(1);
}
