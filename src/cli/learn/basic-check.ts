/**
 * The part of a try-it check that needs nothing but the command's result: its exit code and output.
 * Used only while the full step runner (container, image, build, login and registry checks) is absent.
 */
import { learnMessages } from '../../i18n/learn.js';
import type { TryCheck } from '../../lessons/model.js';
import type { TryOutcome } from './tools.js';

export function checkResult(check: TryCheck, result: { exitCode: number; output: string }): TryOutcome {
  const m = learnMessages();
  const lines: string[] = [];
  let passed = true;
  if (check.exitCode !== undefined) {
    passed &&= result.exitCode === check.exitCode;
    lines.push(m.checkExitCode(check.exitCode, result.exitCode));
  }
  if (check.output !== undefined) {
    const found = result.output.includes(check.output);
    passed &&= found;
    lines.push(m.checkOutput(check.output, found));
  }
  const others = Object.keys(check).filter((field) => field !== 'exitCode' && field !== 'output');
  if (others.length > 0) lines.push(m.checkNotHere(others.join(', ')));
  return { passed, lines };
}
