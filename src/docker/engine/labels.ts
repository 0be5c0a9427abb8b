/**
 * Every container, image and build docktutor creates carries these labels, so that `clean` can find
 * exactly what docktutor made and nothing else. DOCKTUTOR_RUN_LABEL adds one more label (a test run,
 * a classroom session) and narrows `clean` to the objects carrying it.
 */
export const MANAGED_LABEL = 'io.docktutor.managed';
export const COMMAND_LABEL = 'io.docktutor.command';
export const LESSON_LABEL = 'io.docktutor.lesson';
export const RUN_LABEL = 'io.docktutor.run';

export function docktutorLabels(command: string, env: NodeJS.ProcessEnv = process.env, lesson?: string): Record<string, string> {
  const labels: Record<string, string> = { [MANAGED_LABEL]: 'true', [COMMAND_LABEL]: command };
  if (lesson) labels[LESSON_LABEL] = lesson;
  if (env.DOCKTUTOR_RUN_LABEL) labels[RUN_LABEL] = env.DOCKTUTOR_RUN_LABEL;
  return labels;
}

/** Engine API label filters matching what `clean` may remove. */
export function managedFilter(env: NodeJS.ProcessEnv = process.env): string[] {
  const filter = [`${MANAGED_LABEL}=true`];
  if (env.DOCKTUTOR_RUN_LABEL) filter.push(`${RUN_LABEL}=${env.DOCKTUTOR_RUN_LABEL}`);
  return filter;
}
