import { beforeAll, describe, expect, it } from 'vitest';
import type { EditCheck } from '../../src/lessons/model.js';
import { lastStepLines, plainLines } from '../../src/steps/edit/build.js';
import { readInstructionCache, rerunInstructions } from '../../src/steps/edit/cached-instructions.js';
import { expandArgs, finalStage, isExecForm, parseDockerfile } from '../../src/steps/edit/dockerfile.js';
import { baseImage } from '../../src/steps/edit/inspect.js';
import { judgeEditChecks, runProbeFacts, type EditFacts, type ImageFacts } from '../../src/steps/edit/judge.js';

describe('parseDockerfile', () => {
  const text = ['# escape=\\', 'ARG BASE=busybox:latest', 'FROM ${BASE} AS Build', '# a comment', 'RUN echo one \\', '  # inside', '    && echo two', '', 'FROM build', 'CMD echo hi'].join('\n');

  it('numbers every instruction as the builder does, joins continuations and drops comments', () => {
    const file = parseDockerfile(text);
    expect(file.instructions.map((instruction) => [instruction.step, instruction.keyword, instruction.args, instruction.line])).toEqual([
      [1, 'ARG', 'BASE=busybox:latest', 2],
      [2, 'FROM', '${BASE} AS Build', 3],
      [3, 'RUN', 'echo one  && echo two', 5],
      [4, 'FROM', 'build', 9],
      [5, 'CMD', 'echo hi', 10],
    ]);
    expect(file.metaArgs).toEqual({ BASE: 'busybox:latest' });
    expect(file.stages.map((stage) => [stage.from, stage.name])).toEqual([['${BASE}', 'build'], ['build', undefined]]);
  });

  it('follows FROM <stage> back to an image, build arguments filled in', () => {
    const file = parseDockerfile(text);
    expect(baseImage(file, { args: {} })).toBe('busybox:latest');
    expect(baseImage(file, { args: { BASE: 'alpine:3' } })).toBe('alpine:3');
    expect(finalStage(file, 'BUILD')?.from).toBe('${BASE}');
    expect(baseImage(parseDockerfile('FROM scratch\nCOPY a /\n'), { args: {} })).toBe('scratch');
  });

  it('reads the backtick escape directive', () => {
    expect(parseDockerfile('# escape=`\nFROM x\nRUN a `\n  b\n').instructions[1]!.args).toBe('a  b');
  });

  it.each([
    ['["sh", "x"]', true],
    ['[ "node" ]', true],
    ['sh x', false],
    ["['sh', 'x']", false],
    ['[1, 2]', false],
  ])('isExecForm(%s) is %s', (args, expected) => expect(isExecForm(args)).toBe(expected));

  it('expands $NAME, ${NAME} and ${NAME:-default}', () => {
    expect(expandArgs('src/v${V}/ $W ${X:-none}', { V: '2', W: 'w' })).toBe('src/v2/ w none');
  });
});

describe('readInstructionCache', () => {
  it('reads the legacy builder', () => {
    const output = ['Step 1/4 : FROM busybox', ' ---> 1234', 'Step 2/4 : COPY deps.txt ./', ' ---> Using cache', ' ---> abcd', 'Step 3/4 : RUN install', ' ---> Running in 77', 'Step 4/4 : COPY . .', ' ---> ef01'].join('\n');
    expect(readInstructionCache(output)).toEqual([
      { text: 'COPY deps.txt ./', cached: true },
      { text: 'RUN install', cached: false },
      { text: 'COPY . .', cached: false },
    ]);
  });

  it("reads BuildKit's plain output, stage names and interleaved vertices included", () => {
    const output = ['#3 [build 1/3] FROM docker.io/library/busybox', '#3 CACHED', '#4 [build 2/3] RUN install', '#5 [2/2] COPY a b', '#4 0.2 working', '#4 [build 2/3] RUN install', '#4 CACHED', '#5 DONE 0.1s'].join('\n');
    expect(readInstructionCache(output)).toEqual([
      { text: 'RUN install', cached: true },
      { text: 'COPY a b', cached: false },
    ]);
  });

  it('names what ran again: the kept steps, or all of them', () => {
    const entries = [{ text: 'COPY . .', cached: false }, { text: 'RUN installing deps', cached: false }, { text: 'RUN build', cached: true }];
    expect(rerunInstructions(entries, 'installing')).toEqual(['RUN installing deps']);
    expect(rerunInstructions(entries, undefined)).toEqual(['COPY . .', 'RUN installing deps']);
    expect(rerunInstructions(entries, 'missing')).toBeUndefined();
  });
});

describe('build output for the learner', () => {
  it('keeps the failing step and drops escapes and control characters', () => {
    const output = 'Step 1/2 : FROM x\n ---> 1\nStep 2/2 : RUN false\n\x1b[31mboom\x1b[0m\x07\n';
    expect(lastStepLines(output)).toEqual(['Step 2/2 : RUN false', 'boom']);
    expect(plainLines('a\x1b]0;title\x07b\r\nc')).toEqual(['ab', 'c']);
  });
});

describe('judgeEditChecks', () => {
  const image: ImageFacts = { user: '', cmd: ['/bin/sh', '-c', 'node app.js'], entrypoint: null, workdir: '', env: ['PATH=/bin'], labels: {}, exposed: [], addedLayers: 3, size: 5_000_000 };
  const facts: EditFacts = { build: { ok: true, contextBytes: 2048, contextFiles: ['Dockerfile', 'app.js', 'logs', 'logs/a.log'] }, image, probes: {} };

  it.each<[EditCheck, string, RegExp]>([
    [{ kind: 'notRoot' }, 'fail', /the image sets no USER/],
    [{ kind: 'execForm' }, 'fail', /^CMD is in shell form \(CMD node app\.js\)/],
    [{ kind: 'workdir', path: '/app' }, 'fail', /working directory is \/, expected \/app/],
    [{ kind: 'env', vars: { PATH: '/bin' } }, 'pass', /PATH is \/bin/],
    [{ kind: 'env', vars: { MODE: 'prod' } }, 'fail', /MODE is not set in the image\. Add ENV MODE=prod\./],
    [{ kind: 'label', labels: { team: 'a' } }, 'fail', /no label team\. Add LABEL team="a"/],
    [{ kind: 'expose', port: '8080/tcp' }, 'fail', /exposed: none\)\. Add EXPOSE 8080\./],
    [{ kind: 'maxLayers', layers: 3 }, 'pass', /adds 3 layers/],
    [{ kind: 'maxSize', bytes: 1_000_000 }, 'fail', /^The image is 4\.8 MiB, more than the 976\.6 KiB allowed/],
    [{ kind: 'maxContext', bytes: 4096 }, 'pass', /2\.0 KiB \(at most 4\.0 KiB\)/],
    [{ kind: 'contextExcludes', path: 'logs/' }, 'fail', /^logs\/ is sent to the daemon/],
    [{ kind: 'contextExcludes', path: '.env' }, 'pass', /stays out/],
  ])('%o: %s', (check, state, message) => {
    const [result] = judgeEditChecks([check], facts);
    expect(result).toMatchObject({ state });
    expect(result!.message).toMatch(message);
  });

  it('judges exec form from the Dockerfile when it writes the instruction', () => {
    const dockerfile = parseDockerfile('FROM x AS base\nENTRYPOINT ["tini"]\nFROM base\nCMD ["node", "app.js"]\n');
    const [result] = judgeEditChecks([{ kind: 'execForm' }], { ...facts, dockerfile });
    expect(result!.state).toBe('pass');
    const [shell] = judgeEditChecks([{ kind: 'execForm' }], { ...facts, dockerfile: parseDockerfile('FROM x\nENTRYPOINT tini --\n') });
    expect(shell!.message).toMatch(/^ENTRYPOINT is in shell form \(ENTRYPOINT tini --\)/);
  });

  it('holds every check but builds back while the image does not build, and marks what is still running', () => {
    const checks: EditCheck[] = [{ kind: 'builds' }, { kind: 'workdir', path: '/app' }];
    const failed = judgeEditChecks(checks, { build: { ok: false, errorLines: ['Step 2/2 : RUN false', 'boom'] }, probes: {} });
    expect(failed.map((result) => [result.state, result.detail])).toEqual([['fail', ['Step 2/2 : RUN false', 'boom']], ['blocked', []]]);
    expect(judgeEditChecks(checks, facts, new Set([1])).map((result) => result.state)).toEqual(['pass', 'pending']);
  });
});

describe('uniqueBlankLine', () => {
  it('is a new last line of spaces and tabs, different each time', async () => {
    const { uniqueBlankLine } = await import('../../src/steps/edit/cache-reuse.js');
    const lines = Array.from({ length: 20 }, () => uniqueBlankLine());
    for (const line of lines) expect(line).toMatch(/^\n[ \t]{32}\n$/);
    expect(new Set(lines).size).toBe(20);
  });
});

describe('a run check shows what the container printed once', () => {
  const image: ImageFacts = { user: '', cmd: ['sh', '/app/hello.sh'], entrypoint: null, workdir: '/app', env: [], labels: {}, exposed: [], addedLayers: 1, size: 5_000_000 };
  const facts: EditFacts = { build: { ok: true, contextBytes: 2048, contextFiles: ['Dockerfile'] }, image, probes: {} };
  const run: EditCheck = { kind: 'run', output: 'hello from dt', exitCode: 0 };
  const judged = (check: EditCheck, output: string, exitCode: number) => judgeEditChecks([check], { ...facts, probes: { 0: runProbeFacts(output, { exitCode }) } })[0]!;
  /** Every place a line of output can show: the message and each line under it. */
  const shown = (result: { message: string; detail: string[] }) => [result.message, ...result.detail].join('\n');
  const count = (text: string, line: string) => text.split(line).length - 1;

  it('one line: quoted in the message, nothing under it', () => {
    const result = judged(run, 'bye from dt\n', 3);
    expect(result.message).toBe('A container of the image printed "bye from dt" and exited with 3; expected it to print "hello from dt" and exit with 0. Look at CMD (or ENTRYPOINT) and what it runs.');
    expect(result.detail).toEqual([]);
  });

  it('several lines: counted in the message, each listed once under it', () => {
    const result = judged(run, 'starting\nbye from dt\n', 3);
    expect(result.message).toMatch(/^A container of the image printed 2 lines \(the last ones below\) and exited with 3;/);
    expect(result.detail).toEqual(['starting', 'bye from dt']);
    for (const line of ['starting', 'bye from dt']) expect(count(shown(result), line)).toBe(1);
  });

  it('with a lesson\'s own why: one line as what was found, several lines under it, never both', () => {
    const why: EditCheck = { ...run, why: 'Make the script greet.' };
    const one = judged(why, 'bye from dt\n', 0);
    expect([one.message, one.detail]).toEqual(['Make the script greet.', ['Found: "bye from dt"']]);
    const several = judged(why, 'starting\nbye from dt\n', 0);
    expect([several.message, several.detail]).toEqual(['Make the script greet.', ['starting', 'bye from dt']]);
  });

  it('a pass says how many lines without pointing below', () => {
    const result = judged({ kind: 'run', exitCode: 0 }, 'a\nb\n', 0);
    expect(result).toMatchObject({ state: 'pass', message: 'A container of the image printed 2 lines and exited with 0.', detail: [] });
  });
});
