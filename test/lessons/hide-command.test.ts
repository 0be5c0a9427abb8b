/**
 * A recall step's command stays hidden on its screen: a sample `$ ` line in its prose that runs that
 * command shows a note instead, its output kept; every other line, and copy steps, are left alone.
 * Checked on the shipped lessons too, in both languages, as the learner sees each recall step.
 */
import { describe, expect, it } from 'vitest';
import { canonicalCommand } from '../../src/docker/command-line/index.js';
import { hideRecallCommand } from '../../src/lessons/hide-command.js';
import { loadLessons } from '../../src/lessons/load.js';
import type { Lesson } from '../../src/lessons/model.js';
import { substitutePlaceholders } from '../../src/lessons/placeholders.js';
import { renderStep } from '../../src/lessons/render.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { join } from 'node:path';

const NOTE = '… (yours to write)';
const placeholders = { image: 'busybox:latest', registry: '127.0.0.1:5000', user: 'docktutor' };

describe('hideRecallCommand', () => {
  const prose = ['Run it like this:', '', '    $ docker run -d --name dt-web busybox sleep 3600', '    8c1f0e2a4b7d', '', 'Then `docker ps` lists it.', '', '    $ docker ps', ''].join('\n');

  it('hides a sample line running the command, by meaning, and keeps its output', () => {
    const hidden = hideRecallCommand(prose, 'docker run --name dt-web -d busybox:latest sleep 3600', NOTE);
    expect(hidden.split('\n')).toEqual(['Run it like this:', '', `    $ ${NOTE}`, '    8c1f0e2a4b7d', '', 'Then `docker ps` lists it.', '', '    $ docker ps', '']);
  });

  it('leaves a sample of another command, and prose naming the command, as written', () => {
    expect(hideRecallCommand(prose, 'docker run -d --name dt-db busybox sleep 3600', NOTE)).toBe(prose);
    expect(hideRecallCommand('Type `docker ps -s` to see sizes.', 'docker ps -s', NOTE)).toBe('Type `docker ps -s` to see sizes.');
  });

  it('compares a line the parser cannot read as written', () => {
    expect(hideRecallCommand('  $ docker frobnicate --x', 'docker frobnicate  --x', NOTE)).toBe(`  $ ${NOTE}`);
  });
});

describe('renderStep on a recall step', () => {
  const step = (mode: 'copy' | 'recall') => ({
    title: 'Start it',
    markdown: 'For example:\n\n    $ docker run -d --name dt-web busybox sleep 3600\n    8c1f0e2a4b7d\n',
    line: 1,
    kind: 'try' as const,
    questionIds: [],
    tryStep: { id: 'run-web', mode, goal: 'Start dt-web.', command: 'docker run --name dt-web -d {{image}} sleep 3600', hints: ['a', 'b'], needs: [], explain: 'e', check: { exitCode: 0 }, line: 2 },
  });
  const lesson = (mode: 'copy' | 'recall'): Lesson => ({ id: 'l', title: 'Lesson', order: 1, summary: 's', objectives: ['o'], minutes: 1, passMark: 80, generate: [], lang: 'en', dir: '/x', file: '/x/en.md', questions: [], steps: [step(mode)] });

  it('shows the note in the prose, in the language of the screen, and the sample output under it', () => {
    const en = renderStep(lesson('recall'), 0, { columns: 100, color: false, lang: 'en', placeholders });
    expect(en).toContain('$ … (the command is yours to write: see the task below)\n');
    expect(en).toContain('8c1f0e2a4b7d');
    expect(en).not.toContain('sleep 3600');
    expect(renderStep(lesson('recall'), 0, { columns: 100, color: false, lang: 'ko', placeholders })).toContain('$ … (명령은 아래 할 일을 보고 직접 작성하세요)');
  });

  it('leaves a copy step\'s prose as written', () => {
    expect(renderStep(lesson('copy'), 0, { columns: 100, color: false, lang: 'en', placeholders })).toContain('$ docker run -d --name dt-web busybox sleep 3600');
  });
});

describe.each(['en', 'ko'] as const)('the shipped lessons in %s', (lang) => {
  it('never show a recall step its own command on a sample line', async () => {
    const lessons = await loadLessons(join(PACKAGE_ROOT, 'lessons'), lang);
    const shown: string[] = [];
    let recall = 0;
    for (const lesson of lessons) {
      for (const [index, step] of lesson.steps.entries()) {
        if (step.tryStep?.mode !== 'recall') continue;
        recall += 1;
        const command = canonicalCommand(substitutePlaceholders(step.tryStep.command, placeholders));
        const screen = renderStep(lesson, index, { columns: 100, color: false, lang, placeholders });
        for (const line of screen.split('\n')) {
          const sample = /^\s*\$ (.+)$/.exec(line);
          if (!sample) continue;
          let meaning: string | undefined;
          try {
            meaning = canonicalCommand(sample[1]!);
          } catch {
            meaning = undefined;
          }
          if (meaning === command) shown.push(`${lesson.id}/${step.tryStep.id}: ${line.trim()}`);
        }
      }
    }
    expect(recall).toBeGreaterThan(40);
    expect(shown).toEqual([]);
  });
});
