/**
 * docktutor clean [--yes] [--dry-run] [--pulled]: lists what docktutor created on the daemon, asks,
 * and removes it (containers first, then images). Objects without docktutor's label are never touched,
 * except for the names docktutor itself gave them with `docker tag`, which are untagged.
 */
import type { AppContext } from '../../app/context.js';
import { executeClean, planClean } from '../../docker/clean/plan.js';
import { countPlan, formatCleanOutcome, formatCleanPlan } from '../../docker/clean/format.js';
import { DocktutorError, ExitCode } from '../../errors.js';
import { cleanMessages } from '../../i18n/clean.js';
import { askConfirm } from '../prompts.js';

export interface CleanOptions {
  yes?: boolean | undefined;
  dryRun?: boolean | undefined;
  pulled?: boolean | undefined;
  /** Asks before removing; by default the terminal prompt. */
  confirm?: (message: string) => Promise<boolean>;
}

export async function clean(context: AppContext, options: CleanOptions): Promise<void> {
  const m = cleanMessages(context.lang);
  const io = { stdout: context.io.stdout, stdin: context.io.stdin, env: context.env };
  const confirm = options.confirm ?? ((message: string) => askConfirm({ message, default: false }, { input: io.stdin, output: io.stdout }));
  const { docker, address } = await context.daemon.connection();
  const plan = await planClean(docker, io.env, { pulled: options.pulled === true, url: address.url });
  io.stdout.write(formatCleanPlan(plan, io.env.DOCKTUTOR_RUN_LABEL));
  if (plan.pulledNotAsked > 0) io.stdout.write(`${m.pulledNote(plan.pulledNotAsked)}\n`);
  if (plan.notOurs > 0) io.stdout.write(`${m.notOursNote(plan.notOurs)}\n`);
  if (plan.lastNames.length > 0) io.stdout.write(`${m.lastNamesNote(plan.lastNames.map((tag) => tag.reference))}\n`);
  if (options.dryRun) {
    io.stdout.write(`${m.dryRun}\n`);
    return;
  }
  const count = countPlan(plan);
  if (count === 0) return;
  if (!options.yes) {
    if (!io.stdin.isTTY) throw new DocktutorError('needs-terminal', m.needsYes, { hint: m.needsYesHint });
    if (!(await confirm(m.confirm(count)))) {
      io.stdout.write(`${m.declined}\n`);
      return;
    }
  }
  const outcome = await executeClean(docker, plan, io.env);
  io.stdout.write(formatCleanOutcome(outcome));
  if (outcome.skipped.length > 0) throw new ExitCode(1);
}
