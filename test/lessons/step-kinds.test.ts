import { beforeAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/parse.js';
import { DOCKERFILE_EDIT, RECALL, editBlock, lessonText, tryBlock, type LessonSpec } from './format-world.js';

function parse(spec: LessonSpec) {
  return parseLesson({ text: lessonText('en', spec), file: 'demo/en.md', dir: 'demo', lang: 'en' });
}

const COPY = tryBlock('id: list', 'command: docker ps -a', 'hint: ps lists containers.', 'check: {exitCode: 0}', 'explain: Listed.');
const PREDICT = tryBlock(
  'id: guess-exit',
  'command: docker run --rm {{image}} sh -c "exit 3"',
  'hints: [The shell exits with the number after exit., It is 3.]',
  'check: {exitCode: 3}',
  'predict:',
  '  question: Which exit code will docker run report?',
  '  measure: exitCode',
  '  options: ["0", "1", "3"]',
  'needs:',
  '  - container: dt-web',
  '    step: start-web',
  'network: bridge',
  'explain: docker run passes the exit code on.',
);
const EVERY_CHECK = editBlock(
  'id: every-check',
  'goal: Every check kind once.',
  'files:',
  '  - {path: Dockerfile, solution: "FROM {{image}}\\n"}',
  '  - {path: app.sh, solution: "echo hi\\n"}',
  'build: {tag: "dt-all:1", dockerfile: Dockerfile, target: final, args: {VERSION: 1}}',
  'startFails: [builds]',
  'hints: [Start FROM the image.]',
  'checks:',
  '  - builds: true',
  '  - notRoot: true',
  '  - execForm: true',
  '  - workdir: /app',
  '  - env: {GREETING: hello, COUNT: 2}',
  '  - label: {org.opencontainers.image.title: dt-all}',
  '  - expose: 8080',
  '  - {maxLayers: 3, why: "Join the RUN lines with &&."}',
  '  - maxSize: 20MiB',
  '  - cacheReuse: app.sh',
  '  - cacheReuse: {file: app.sh, keep: install}',
  '  - maxContext: 1MiB',
  '  - contextExcludes: .env',
  '  - absent: /usr/local/go',
  '  - run: {command: [cat, /app/x], output: hello, exitCode: 0}',
  'explain: All of them.',
);

describe('step kinds in the lesson model', () => {
  it('gives every step its kind: read, try, predict, edit', () => {
    const { lesson, problems } = parse({
      front: 'passMark: 90',
      sections: [{ title: 'Copy', body: COPY }, { title: 'Recall', body: RECALL }, { title: 'Predict', body: PREDICT }, { title: 'Edit', body: DOCKERFILE_EDIT }],
    });
    expect(problems).toEqual([]);
    expect(lesson!.passMark).toBe(90);
    expect(lesson!.steps.map((step) => [step.title, step.kind])).toEqual([
      ['Demo', 'read'], ['Copy', 'try'], ['Recall', 'try'], ['Predict', 'predict'], ['Edit', 'edit'], ['Quiz time', 'read'],
    ]);
  });

  it('reads copy and recall try steps: a single hint is a one-rung ladder, needs default to none', () => {
    const { lesson } = parse({ sections: [{ title: 'Copy', body: COPY }, { title: 'Recall', body: RECALL }] });
    expect(lesson!.passMark).toBe(80);
    expect(lesson!.steps[1]!.tryStep).toMatchObject({ id: 'list', mode: 'copy', hints: ['ps lists containers.'], needs: [] });
    expect(lesson!.steps[1]!.tryStep!.goal).toBeUndefined();
    expect(lesson!.steps[2]!.tryStep).toMatchObject({
      id: 'start-web',
      mode: 'recall',
      goal: 'Start a container named dt-web from {{image}} that keeps running in the background.',
      hints: ['The command that creates and starts a container is `docker run`.', '`-d` runs it in the background, `--name dt-web` names it.'],
    });
  });

  it('reads a prediction with numeric options, needs and network', () => {
    const { lesson } = parse({ sections: [{ title: 'Recall', body: RECALL }, { title: 'Predict', body: PREDICT }] });
    const tryStep = lesson!.steps[2]!.tryStep!;
    expect(tryStep.predict).toEqual({ question: 'Which exit code will docker run report?', measure: 'exitCode', options: [0, 1, 3], tolerance: 0 });
    expect(tryStep.needs).toEqual([{ container: 'dt-web', step: 'start-web' }]);
    expect(tryStep.network).toBe('bridge');
  });

  it('gives an image size prediction a default tolerance of 25%', () => {
    const size = tryBlock('id: pull-size', 'command: docker pull {{image}}', 'hint: Pull it.', 'check: {exitCode: 0}', 'predict: {question: How big?, measure: imageSizeMB}', 'explain: Small.');
    expect(parse({ sections: [{ title: 'Size', body: size }] }).lesson!.steps[1]!.tryStep!.predict!.tolerance).toBe(0.25);
  });

  it('reads an edit step: files with start and solution kept byte for byte, build defaults', () => {
    const { lesson } = parse({ sections: [{ title: 'Edit', body: DOCKERFILE_EDIT }] });
    expect(lesson!.steps[1]!.editStep).toEqual({
      id: 'write-dockerfile',
      goal: 'Write a Dockerfile that works in /app.',
      files: [{ path: 'Dockerfile', start: 'FROM {{image}}\nRUN cd /app\n', solution: 'FROM {{image}}\nWORKDIR /app\n' }],
      build: { tag: 'dt-write-dockerfile', dockerfile: 'Dockerfile', args: {} },
      startFails: ['workdir'],
      hints: [],
      checks: [{ kind: 'builds' }, { kind: 'workdir', path: '/app' }],
      explain: 'WORKDIR sets the folder for every later instruction.',
      line: expect.any(Number),
    });
  });

  it('reads every check kind into the EditCheck union', () => {
    const { lesson, problems } = parse({ sections: [{ title: 'Edit', body: EVERY_CHECK }] });
    expect(problems).toEqual([]);
    const edit = lesson!.steps[1]!.editStep!;
    expect(edit.files[1]).toEqual({ path: 'app.sh', start: '', solution: 'echo hi\n' });
    expect(edit.build).toEqual({ tag: 'dt-all:1', dockerfile: 'Dockerfile', target: 'final', args: { VERSION: '1' } });
    expect(edit.hints).toEqual(['Start FROM the image.']);
    expect(edit.checks).toEqual([
      { kind: 'builds' },
      { kind: 'notRoot' },
      { kind: 'execForm' },
      { kind: 'workdir', path: '/app' },
      { kind: 'env', vars: { GREETING: 'hello', COUNT: '2' } },
      { kind: 'label', labels: { 'org.opencontainers.image.title': 'dt-all' } },
      { kind: 'expose', port: '8080/tcp' },
      { kind: 'maxLayers', layers: 3, why: 'Join the RUN lines with &&.' },
      { kind: 'maxSize', bytes: 20 * 1024 * 1024 },
      { kind: 'cacheReuse', file: 'app.sh' },
      { kind: 'cacheReuse', file: 'app.sh', keep: 'install' },
      { kind: 'maxContext', bytes: 1024 * 1024 },
      { kind: 'contextExcludes', path: '.env' },
      { kind: 'absent', path: '/usr/local/go' },
      { kind: 'run', command: ['cat', '/app/x'], output: 'hello', exitCode: 0 },
    ]);
  });
});

describe('docs/lesson-format.md', () => {
  it('shows only try and edit examples that the checker accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PACKAGE_ROOT } = await import('../../src/settings.js');
    const doc = readFileSync(join(PACKAGE_ROOT, 'docs', 'lesson-format.md'), 'utf8');
    const examples = [...doc.matchAll(/^```(try|edit)\n[\s\S]*?^```$/gm)].map((match) => match[0]);
    expect(examples.filter((example) => example.startsWith('```edit'))).toHaveLength(1);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const { lesson, problems } = parse({ sections: examples.map((body, index) => ({ title: `Example ${index + 1}`, body })) });
    expect(problems).toEqual([]);
    expect(lesson!.steps.map((step) => step.kind)).toEqual(['read', ...examples.map((example) => (example.startsWith('```edit') ? 'edit' : 'try')), 'read']);
  });
});
