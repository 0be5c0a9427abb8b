/**
 * The legacy builder's output (`Step 2/5`, `Using cache`, `Successfully built`, ` ---> `, `#(nop)`,
 * `Sending build context`) appears in a lesson only in a passage that names the legacy builder: every
 * shipped lesson in both languages, each shape of passage the rule accepts, each it refuses, and a
 * lesson folder that breaks it, as `lessons --check` reports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLegacyOutput, LEGACY_MARKERS } from '../../src/lessons/legacy-output.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { cleanEnv, runCli } from '../helpers/cli.js';
import { lineOf, writeWorld } from './format-world.js';

const LESSONS = join(PACKAGE_ROOT, 'lessons');
const fence = (info: string, ...lines: string[]) => ['```' + info, ...lines, '```'].join('\n');
const markers = (text: string) => findLegacyOutput(text).map(({ line, marker }) => `${line}:${marker}`);

describe('the legacy builder output rule, on every shipped lesson', () => {
  const files = readdirSync(LESSONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => ['en.md', 'ko.md'].map((name) => join(LESSONS, entry.name, name)));

  it('finds no marker outside a passage about the legacy builder, in English or Korean', () => {
    expect(files.length).toBeGreaterThanOrEqual(32);
    const problems = files.flatMap((file) => findLegacyOutput(readFileSync(file, 'utf8')).map(({ line, marker }) => `${file.slice(LESSONS.length + 1)}:${line}: ${marker}`));
    expect(problems).toEqual([]);
  });

  it('has markers to look at: the lessons do show the legacy builder, where they name it', () => {
    const all = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    const shown = LEGACY_MARKERS.filter(({ pattern }) => new RegExp(pattern.source).test(all)).map(({ name }) => name);
    console.log(`legacy output: ${shown.length} of ${LEGACY_MARKERS.length} markers shown in ${files.length} lesson files, all in passages about the legacy builder (${shown.join(', ')})`);
    expect(shown.length).toBeGreaterThanOrEqual(5);
  });
});

describe('findLegacyOutput', () => {
  it.each<[string, string]>([
    ['a paragraph that names it', 'The legacy builder printed `Step 4/9 : RUN x` and ended with `Successfully built 71d2`.'],
    ['the name broken over two lines, in Korean', '레거시\n빌더는 캐시를 쓰면 `---> Using cache`를 출력했습니다.'],
    ['DOCKER_BUILDKIT=0 in the paragraph', 'With `DOCKER_BUILDKIT=0` the output starts with `Sending build context to Docker daemon`.'],
    ['a section whose heading names it', '## The legacy builder\n\nIt wrote:\n\n- `Step 1/2 : FROM busybox`\n\n### Its cache\n\n`---> Using cache`'],
    ['a code block after a paragraph that names it', `The legacy builder printed:\n\n${fence('console', 'Step 1/2 : FROM busybox', ' ---> 5d1e8c2a1f3b', 'Successfully tagged x:latest')}`],
    ['a code block before a paragraph that names it', `${fence('text', 'Step 1/2 : FROM busybox')}\n\nThat was the legacy builder.`],
    ['a quiz block that names it', fence('quiz', 'id: q', 'type: truefalse', 'question: The legacy builder printed `Using cache`.', 'answer: true', 'explanation: It did.')],
    ['a diagram arrow, which is no step line', fence('text', 'Dockerfile  --------------->   image')],
  ])('accepts %s', (_, text) => {
    expect(markers(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['BuildKit output described as current', 'Run it again: every step says `Using cache`.', ['1:Using cache']],
    ['a list item beside the one that names it', '- The legacy builder is deprecated.\n- BuildKit prints `Step 2/5`.', ['2:Step N/M']],
    ['a table row beside the one that names it', '| builder | output |\n|---|---|\n| legacy builder | old |\n| BuildKit | `#(nop)` |', ['4:#(nop)']],
    ['a code block between paragraphs that do not name it', `Build it:\n\n${fence('console', '$ docker build .', 'Sending build context to Docker daemon  2kB', 'Step 1/2 : FROM busybox')}\n\nDone.`, ['5:Sending build context', '6:Step N/M']],
    ['a heading that names it, after its section ended', '## The legacy builder\n\nOld.\n\n## BuildKit\n\nIt says `Successfully built`.', ['7:Successfully built']],
    ['a try block that does not name it', fence('try', 'id: t', 'command: docker build .', 'explain: The second build says `Using cache` for each step.'), ['4:Using cache']],
  ])('refuses %s', (_, text, expected) => {
    expect(markers(text)).toEqual(expected);
  });

  it('reads the front matter as data, and counts lines of the file', () => {
    const text = '---\nid: x\nsummary: Step 1/2 of nothing\n---\n\nIntro.\n\nNow `Using cache`.';
    expect(markers(text)).toEqual(['8:Using cache']);
  });
});

describe('lessons --check on a lesson that breaks the rule', () => {
  const world = writeWorld({
    sections: [
      {
        title: 'Rebuild',
        body: 'Build again: each unchanged step prints `---> Using cache`, and the build ends with `Successfully built`.',
      },
      { title: 'The legacy builder', body: 'It printed `Step 1/3 : FROM busybox` for each instruction.' },
    ],
  });
  afterAll(() => world.remove());

  it('warns at each marker, with its file and line, in English and Korean, and still passes', async () => {
    const line = lineOf(world.en, /Build again/);
    for (const lang of ['en', 'ko'] as const) {
      const result = await runCli(['lessons', '--check', world.dir, '--lang', lang], { env: cleanEnv({}) });
      expect(result.code).toBe(0);
      const word = lang === 'en' ? 'warning' : '경고';
      const warnings = result.stdout.split('\n').filter((entry) => entry.includes(`: ${word}: `));
      const intro = lang === 'en' ? "'--->' is the legacy builder's output" : "'--->'은(는) 레거시 빌더의 출력이고";
      for (const file of ['en', 'ko']) {
        const shown = warnings.filter((entry) => entry.includes(`/01-demo/${file}.md:${line}: ${word}: `)).map((entry) => /: '([^']+)'/.exec(entry)?.[1]);
        expect(shown).toEqual(['--->', 'Using cache', 'Successfully built']);
      }
      expect(warnings.some((entry) => entry.includes(intro))).toBe(true);
      expect(warnings.join('\n')).not.toContain('Step N/M');
    }
  });
});
