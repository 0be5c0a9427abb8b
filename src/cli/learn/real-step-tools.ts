// The step tools on the real daemon and file system, on the live context's one daemon connection (opened on first use).
import type { Lesson } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import type { StepTools } from './step-tools.js';

function editStepOf(lesson: Lesson, stepIndex: number) {
  const step = lesson.steps[stepIndex]?.editStep;
  if (!step) throw new RangeError(`lesson ${lesson.id} has no edit step at ${stepIndex}`);
  return step;
}

/** The first few names, and how many more: the notice stays one line however much was missing. */
function namesOf(paths: string[]): [string, number] {
  const shown = paths.slice(0, 4);
  return [shown.join(', '), paths.length - shown.length];
}

export function realStepTools(): StepTools {
  return {
    async prepareLessonFolder(lesson, env, notice) {
      const { restoreWorkspace } = await import('../../lessons/workspace.js');
      const { practiceFolderMessages } = await import('../../i18n/practice-folder.js');
      const { commandName } = await import('../../command-name.js');
      const { path, restored, blocked } = await restoreWorkspace(lesson, env, notice);
      const m = practiceFolderMessages();
      if (restored.length > 0) notice?.(m.restored(...namesOf(restored)));
      if (blocked.length > 0) notice?.(m.blocked(...namesOf(blocked), `${commandName()} reset ${lesson.id}`));
      return path;
    },
    async unmetNeeds(lesson, stepIndex, live) {
      const { findUnmetNeeds } = await import('../../steps/needs.js');
      return findUnmetNeeds(lesson, stepIndex, await live.daemon.connection(), live.env);
    },
    async recreateNeed(lesson, need, live) {
      const { recreateNeed } = await import('../../steps/needs.js');
      return recreateNeed(lesson, need, live);
    },
    async removeOwnedContainer(name, live) {
      const { removeOwnedContainer } = await import('../../steps/containers.js');
      return removeOwnedContainer(await live.daemon.connection(), name, live.env);
    },
    async hasBridgeNetwork(live) {
      const { docker } = await live.daemon.connection();
      const networks = await docker.listNetworks({ filters: JSON.stringify({ name: ['bridge'] }) });
      return networks.some((network) => network.Name === 'bridge');
    },
    async openEditStep(lesson, stepIndex, env) {
      const { ensureWorkspace } = await import('../../lessons/workspace.js');
      const { editFilePaths, writeEditFiles } = await import('../../steps/edit/files.js');
      const step = editStepOf(lesson, stepIndex);
      const folder = await ensureWorkspace(lesson, env);
      await writeEditFiles(step, folder, 'start', placeholderValues(env), { keep: true });
      return { folder, paths: await editFilePaths(step, folder) };
    },
    async checkEditStep(lesson, stepIndex, live, onProgress) {
      const { ensureWorkspace } = await import('../../lessons/workspace.js');
      const { checkEditStep } = await import('../../steps/edit/check-edit-step.js');
      const connection = await live.daemon.connection();
      const folder = await ensureWorkspace(lesson, live.env);
      return checkEditStep(editStepOf(lesson, stepIndex), { connection, env: live.env, lesson: lesson.id, folder, onProgress });
    },
    async watchFolder(folder, onSave) {
      const { watch } = await import('chokidar');
      // Not persistent: the watcher never keeps docktutor running by itself. While the learner watches, the
      // keys read from the terminal do; a watch of a file being renamed into place as it is closed (an
      // editor's save, `sed -i`) can outlive close(), and must not hold the process open after Quit.
      const watcher = watch(folder, { ignoreInitial: true, persistent: false });
      watcher.on('add', onSave).on('change', onSave);
      await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
      return () => watcher.close();
    },
  };
}
