import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/lessons/load.js';

const ROOT = resolve(import.meta.dirname, '../../lessons');

/**
 * A goal as the terminal shows it, where inline code loses its backticks and takes a colour instead:
 * `..` followed by a full stop shows as "...". Code with letters in it (a command's own "...") stands
 * as one word, since a learner reads it as code.
 */
function shownOf(goal: string): string {
  return goal.replace(/`([^`\n]+)`/g, (_match, code: string) => (/[\p{L}\d]/u.test(code) ? 'CODE' : code));
}

describe('the task box of every shipped try and edit step', () => {
  it.each(['en', 'ko'] as const)('%s: never ends a sentence in what reads as cut-off text ("without ...")', (lang) => {
    const goals = loadLessons(ROOT, lang).flatMap((lesson) =>
      lesson.steps.flatMap((step, index) => {
        const goal = step.editStep?.goal ?? step.tryStep?.goal;
        return goal ? [{ where: `${lesson.id} step ${index + 1}`, shown: shownOf(goal) }] : [];
      }),
    );
    expect(goals.length).toBeGreaterThan(100);
    expect(goals.filter(({ shown }) => /\.{3}|…/.test(shown)).map(({ where, shown }) => `${where}: ${shown}`)).toEqual([]);
  });
});

describe('the explanation of every shipped quiz answered with docker pull', () => {
  it.each(['en', 'ko'] as const)('%s: that says what comes down also says what docker prints when nothing does', (lang) => {
    const pulls = loadLessons(ROOT, lang).flatMap((lesson) =>
      lesson.questions.flatMap((question) => (question.type === 'command' && /^docker (?:image )?pull\b/.test(question.answer) ? [{ id: `${lesson.id}/${question.id}`, explanation: question.explanation }] : [])),
    );
    expect(pulls.length).toBeGreaterThan(0);
    // The learner may run the answer live: on a machine that has the image, docker prints this line and downloads nothing.
    const saysDownload = /download|fetch|내려받|받아 ?오|가져오/i;
    expect(pulls.filter(({ explanation }) => saysDownload.test(explanation) && !explanation.includes('Image is up to date')).map(({ id }) => id)).toEqual([]);
  });
});
