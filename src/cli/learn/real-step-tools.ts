// The step tools on the real daemon and file system, on the live context's one daemon connection (opened on first use).
import type { Lesson } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import type { StepTools } from './step-tools.js';

function editStepOf(lesson: Lesson, stepIndex: number) {
  const step = lesson.steps[stepIndex]?.editStep;
  if (!step) throw new RangeError(`lesson ${lesson.id} has no edit step at ${stepIndex}`);
  return step;
}

export function realStepTools(): StepTools {
  return {
    async prepareLessonFolder(lesson, env, notice) {
      const { prepareWorkspace, workspacePath } = await import('../../lessons/workspace.js');
      const { readPracticeFile } = await import('../../steps/edit/files.js');
      const { openInside, resolveInside } = await import('../../lessons/safety/inside-folder.js');
      const paths = [...new Set(lesson.steps.flatMap((step) => step.editStep?.files.map((file) => file.path) ?? []))];
      const old = workspacePath(lesson, env);
      const kept = new Map<string, string>();
      for (const path of paths) {
        const text = await readPracticeFile(old, path).catch(() => undefined);
        if (text !== undefined) kept.set(path, text);
      }
      const folder = await prepareWorkspace(lesson, env, notice);
      for (const [path, text] of kept) {
        const handle = await openInside(await resolveInside(folder, path), path);
        await handle.writeFile(text).finally(() => handle.close());
      }
      return folder;
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
