/** `docker build`: an image from a Dockerfile, with BuildKit or the legacy builder. Everything about the command. */
import { explainMessages } from '../../../i18n/explain.js';
import type { Lang } from '../../../i18n/index.js';
import { humanSize } from '../../engine/stream-progress.js';
import type { Outcome } from '../module.js';
import { buildCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return buildCommandMessages(lang).flags;
}

/** Which steps ran and which came from the cache, how the context travelled, and where the labels went. */
export function explain({ exitCode, result }: Outcome): string | undefined {
  const build = result?.build;
  // A build that threw (the daemon refused it, the legacy builder failed) gets the shared sentence.
  if (!build) return undefined;
  const m = buildCommandMessages();
  if (build.builder !== 'buildkit') {
    const why = build.legacyWhy === 'env' ? m.legacyEnv : build.legacyWhy === 'daemon' ? m.legacyDaemon : '';
    const e = explainMessages();
    return [why, e.other.build, exitCode === 0 ? e.buildLabels : ''].filter(Boolean).join(' ');
  }
  const first = build.failedStep
    ? m.failedStep(build.failedStep.name, build.failedStep.code)
    : exitCode !== 0
      ? m.failedEarly
      : m.built(m.steps(build.ranSteps ?? [], build.cachedSteps));
  const context = m.context(build.contextFiles ?? 0, humanSize(build.contextBytes));
  return [first, context, build.noNetwork ? m.noNetwork : '', exitCode === 0 ? m.labels : ''].filter(Boolean).join(' ');
}
