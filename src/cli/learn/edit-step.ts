/**
 * An edit step in `learn`: the goal and the files (the starting files written the first time, the
 * learner's work kept after that), "Open in my editor" ($VISUAL, else $EDITOR; with neither, the path
 * and a wait), and watch mode, where the checks run on every save until all pass. Passing saves the
 * step with how far the hint ladder was climbed; the last rung shows the solution.
 */
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { EditStep, Lesson } from '../../lessons/model.js';
import { placeholderValues, substitutePlaceholders } from '../../lessons/placeholders.js';
import { escapeControls } from '../../terminal/controls.js';
import { solvedOutcome } from './hint-ladder.js';
import { loadRenderer } from './renderer.js';
import type { Session } from './session.js';
import { climb, hintActionLabel, openLadder, showSeenRungs, type Ladder } from './step-hints.js';
import { chooseAction, forwardAction, recordSkip, type Move } from './step-menu.js';
import { watchChecks } from './watch-checks.js';

export async function showEditStep(session: Session, lesson: Lesson, step: number): Promise<Move> {
  const s = learnStepMessages();
  const edit = lesson.steps[step]!.editStep!;
  const { folder, paths } = await session.tools.openEditStep(lesson, step, session.live.env);
  // The paths are a shared lesson's file names: shown, never acted on by the terminal.
  session.say(s.editFiles(escapeControls(paths.join(', '), 'line')));
  const ladder = await openLadder(session, lesson, step, solutionText(edit, session.live.env));
  await showSeenRungs(session, ladder);
  let passed = (await session.store.read()).lessons[lesson.id]?.stepsDone.includes(step) ?? false;
  for (;;) {
    const actions = passed ? [forwardAction(lesson, step), 'watch' as const, 'hint' as const] : ['editor' as const, 'watch' as const, 'hint' as const, 'skip' as const];
    const action = await chooseAction(session, step, actions, hintActionLabel(ladder));
    switch (action) {
      case 'editor':
        await openEditor(session, paths, folder);
        if (await watch(session, lesson, step, folder, ladder)) passed = true;
        break;
      case 'watch':
        if (await watch(session, lesson, step, folder, ladder)) passed = true;
        break;
      case 'hint':
        await climb(session, lesson, edit.id, ladder);
        break;
      case 'skip':
        await recordSkip(session, lesson, edit.id, ladder.climbed);
        return 1;
      case 'next':
      case 'quiz':
        return 1;
      case 'back':
        return -1;
      default:
        return 'quit';
    }
  }
}

async function watch(session: Session, lesson: Lesson, step: number, folder: string, ladder: Ladder): Promise<boolean> {
  const s = learnStepMessages();
  const edit = lesson.steps[step]!.editStep!;
  const end = await watchChecks(session, lesson, step, folder);
  if (end === 'left') {
    session.say(session.color.dim(s.stoppedWatching));
    return false;
  }
  const at = session.now().toISOString();
  await session.store.update(
    { kind: 'step-done', lesson: lesson.id, step, at },
    { kind: 'step-outcome', lesson: lesson.id, step: edit.id, outcome: solvedOutcome(ladder.rungs, ladder.climbed), hints: ladder.climbed, at },
  );
  session.say(session.color.green(`✔ ${s.allPassed}`));
  const note = { columns: session.columns(), color: session.color.level > 0, placeholders: placeholderValues(session.live.env) };
  session.print((await loadRenderer()).renderStepNote(edit.explain, note));
  return true;
}

/**
 * The learner's editor on the step's files, as git runs it: through sh, so `code --wait` works, with
 * the paths as arguments (never pasted into the command). With no editor set, the paths are shown and
 * watch mode waits for saves.
 */
async function openEditor(session: Session, paths: string[], folder: string): Promise<void> {
  const s = learnStepMessages();
  const editor = session.live.env.VISUAL || session.live.env.EDITOR;
  if (!editor) {
    session.say(s.noEditor);
    return;
  }
  session.say(session.color.dim(s.editorOpening(editor)));
  const failure = await new Promise<string | undefined>((resolve) => {
    const child = spawn('sh', ['-c', `${editor} "$@"`, editor, ...paths.map((path) => relative(folder, path))], { cwd: folder, stdio: 'inherit', env: session.live.env });
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code) => resolve(code === 0 ? undefined : `exit ${code}`));
  });
  if (failure) session.say(session.color.red(s.editorFailed(editor, failure)));
}

/** The last rung of an edit step's ladder: each file's solution. */
function solutionText(edit: EditStep, env: NodeJS.ProcessEnv): string {
  const values = placeholderValues(env);
  const files = edit.files.map((file) => `── ${escapeControls(file.path, 'line')}\n${substitutePlaceholders(file.solution, values).replace(/\n$/, '')}`);
  return `${learnStepMessages().answerFiles}\n${files.join('\n')}`;
}
