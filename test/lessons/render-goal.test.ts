import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/lessons/model.js';
import { renderStep } from '../../src/lessons/render.js';
import { columnsOf } from '../../src/terminal/width.js';

const placeholders = { image: 'busybox:latest', registry: 'localhost:5000', user: 'docktutor' };
const base = { id: 'l', title: 'Lesson', order: 1, summary: 's', objectives: ['o'], minutes: 1, passMark: 80, generate: [], lang: 'en' as const, dir: '/x', file: '/x/en.md', questions: [] };

const lesson: Lesson = {
  ...base,
  steps: [
    { title: 'Start it', markdown: 'Prose.', line: 1, kind: 'try', questionIds: [], tryStep: { id: 'run-web', mode: 'recall', goal: 'Start a container named `dt-web` from {{image}} in the background.', command: 'docker run -d --name dt-web {{image}} sleep 600', hints: ['a', 'b'], needs: [], explain: 'e', check: { exitCode: 0 }, line: 2 } },
    { title: 'Fix it', markdown: 'Prose.', line: 9, kind: 'edit', questionIds: [], editStep: { id: 'fix', goal: 'Set the working directory to /app with WORKDIR, not RUN cd.', files: [{ path: 'Dockerfile', start: '', solution: 'x' }], build: { tag: 't', dockerfile: 'Dockerfile', args: {} }, startFails: ['workdir'], hints: [], checks: [{ kind: 'workdir', path: '/app' }], explain: 'e', line: 10 } },
  ],
};

describe('renderStep: goals', () => {
  it.each([40, 60, 100])('shows a recall step its goal and never its command, within %i columns', (columns) => {
    const text = renderStep(lesson, 0, { columns, color: false, lang: 'en', placeholders });
    expect(text).toContain('Your task');
    expect(text.replace(/[│\s]+/g, ' ')).toContain('Start a container named `dt-web` from busybox:latest in the background.');
    expect(text).not.toContain('sleep 600');
    expect(text.split('\n').filter((line) => columnsOf(line) > columns)).toEqual([]);
  });

  it('shows an edit step its goal and its files', () => {
    const text = renderStep(lesson, 1, { columns: 80, color: false, lang: 'ko', placeholders });
    expect(text).toContain('할 일');
    expect(text).toContain('Set the working directory to /app with WORKDIR, not RUN cd.');
    expect(text).toContain('파일: Dockerfile');
  });
});
