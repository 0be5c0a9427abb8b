/** `docker build`: an image from a Dockerfile, with BuildKit or the legacy builder. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import { humanSize } from '../../engine/stream-progress.js';
import type { Outcome } from '../module.js';
import { buildCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { buildCommandMessages } from './messages.js';

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
    // The legacy builder applies the labels as hidden LABEL steps after the last one; the learner would
    // otherwise wonder why the image ID is not the last step's.
    return [why, m.legacyExplained, exitCode === 0 ? m.legacyLabels : ''].filter(Boolean).join(' ');
  }
  const first = build.failedStep
    ? m.failedStep(build.failedStep.name, build.failedStep.code)
    : exitCode !== 0
      ? m.failedEarly
      : m.built(m.steps(build.ranSteps ?? [], build.cachedSteps));
  const context = m.context(build.contextFiles ?? 0, humanSize(build.contextBytes));
  return [first, context, build.noNetwork ? m.noNetwork : '', exitCode === 0 ? m.labels : ''].filter(Boolean).join(' ');
}
