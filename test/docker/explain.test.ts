import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/docker/command-line/parse.js';
import * as explain from '../../src/docker/commands/explain.js';
import { collapsePath, formatRequests, outcomeOf } from '../../src/docker/commands/explain.js';
import { loadCommand } from '../../src/docker/commands/table.js';
import type { TracedRequest } from '../../src/docker/engine/trace.js';
import type { BuildOutcome, CommandResult } from '../../src/docker/commands/types.js';
import { setLang } from '../../src/i18n/index.js';

/** The note and the sentence as the command's own module writes them. */
async function formatExplainNote(line: string, requests: TracedRequest[], exitCode: number, failure?: { exitCode: number }): Promise<string> {
  const command = parseCommandLine(line);
  return explain.formatExplainNote(await loadCommand(command.name), command, requests, exitCode, failure);
}

async function describeOutcome(line: string, requests: TracedRequest[], exitCode: number, failure?: { exitCode: number }, result?: CommandResult): Promise<string> {
  const command = parseCommandLine(line);
  return explain.describeOutcome(await loadCommand(command.name), outcomeOf(command, requests, exitCode, failure, result));
}

const ID = 'f9f13bfc41bc2fc2446cc6ec8d621bbe807365077867caebcb64dd6c3027cb04';

describe('collapsePath', () => {
  it.each([
    ['/containers/create', '/containers/create'],
    ['/containers/json', '/containers/json'],
    [`/containers/${ID}/start`, '/containers/{id}/start'],
    [`/containers/${ID}`, '/containers/{id}'],
    ['/containers/web/exec', '/containers/{id}/exec'],
    [`/exec/${ID}/start`, '/exec/{id}/start'],
    ['/images/busybox:latest/json', '/images/busybox:latest/json'],
    [`/images/sha256:${ID}/json`, '/images/{id}/json'],
  ])('%s -> %s', (path, collapsed) => {
    expect(collapsePath(path)).toBe(collapsed);
  });
});

describe('formatRequests', () => {
  it('writes method, path and status, and folds repeats', () => {
    const requests: TracedRequest[] = [
      { method: 'POST', path: '/containers/create', status: 201 },
      { method: 'POST', path: `/containers/${ID}/resize`, status: 200 },
      { method: 'POST', path: `/containers/${ID}/resize`, status: 200 },
      { method: 'POST', path: `/containers/${ID}/wait` },
    ];
    expect(formatRequests(requests)).toEqual(['POST /containers/create → 201', 'POST /containers/{id}/resize → 200 (×2)', 'POST /containers/{id}/wait → …']);
  });
});

describe('describeOutcome', () => {
  const created = { method: 'POST', path: '/containers/create', status: 201 };
  const started = { method: 'POST', path: `/containers/${ID}/start`, status: 204 };
  const removed = { method: 'DELETE', path: `/containers/${ID}`, status: 204 };
  const pulled = { method: 'POST', path: '/images/create', status: 200 };

  it.each([
    ['docker run --rm busybox true', [created, started, removed], 0, /created a container from busybox:latest.*exited with code 0, then docktutor removed the container \(--rm\)\.$/],
    ['docker run busybox false', [created, started], 1, /exited with code 1\.$/],
    ['docker run -d busybox sleep 9', [created, started], 0, /keeps running in the background\.$/],
    ['docker run busybox', [{ ...created, status: 404 }, pulled, created, started], 0, /^The daemon pulled busybox:latest from its registry/],
    ['docker run busybox nope', [created, { ...started, status: 400 }, removed], 127, /could not start its command/],
    ['docker run --name x busybox', [{ ...created, status: 409 }], 125, /did not create a container/],
    ['docker exec web ls', [{ method: 'POST', path: '/exec/abc/start', status: 200 }], 0, /inside the running container web, which exited with code 0/],
    ['docker ps', [], 0, /running containers only/],
    ['docker ps -a', [], 0, /every container/],
    ['docker images', [], 0, /local store/],
    ['docker pull busybox', [], 0, /downloaded/],
    ['docker pull busybox', [], 1, /answered with an error/],
  ])('%s', async (line, requests, exitCode, sentence) => {
    expect(await describeOutcome(line, requests, exitCode)).toMatch(sentence);
  });

  it('speaks Korean too', async () => {
    setLang('ko');
    try {
      expect(await describeOutcome('docker run --rm busybox true', [created, started, removed], 0)).toContain('컨테이너를 만들어 시작했습니다');
    } finally {
      setLang('en');
    }
  });
});

describe('the build note', () => {
  const sent = [{ method: 'POST', path: '/build', status: 200 }];
  const base: BuildOutcome = { cachedSteps: [], contextBytes: 3072, contextFiles: 2 };
  const built = (exitCode: number, build: Partial<BuildOutcome>) => ({ exitCode, output: '', build: { ...base, ...build } });
  it.each([
    ['the legacy builder', built(0, { builder: 'legacy', legacyWhy: 'env' }), /^The legacy builder ran \(DOCKER_BUILDKIT=0\)\. .*step by step, each step a cached layer\. docktutor added its io\.docktutor\.\* labels as a final metadata step/],
    ['a daemon without BuildKit', built(0, { builder: 'legacy', legacyWhy: 'daemon' }), /^The daemon does not offer BuildKit, so the legacy builder ran\./],
    [
      'a BuildKit build',
      built(0, { builder: 'buildkit', ranSteps: [3, 4], cachedSteps: [2], noNetwork: true }),
      /^BuildKit built the image: steps 3, 4 ran; step 2 came from BuildKit's cache \(CACHED\)\. The context went up whole, as one tar of 2 files \(3\.072kB\).* RUN steps had no network .* labels went into the image's configuration/,
    ],
    ['a failed step', built(1, { builder: 'buildkit', failedStep: { name: '[2/2] RUN exit 3', code: 3 } }), /^BuildKit stopped at \[2\/2\] RUN exit 3, whose command exited with code 3; docker reports a failed BuildKit build with exit code 1\. The context/],
    ['a failure before any step', built(1, { builder: 'buildkit' }), /^BuildKit stopped before any step failed/],
  ])('%s', async (_what, result, sentence) => {
    expect(await describeOutcome('docker build .', sent, result.exitCode, undefined, result)).toMatch(sentence);
  });

  it('falls back to the shared sentence when the build threw', async () => {
    expect(await describeOutcome('docker build .', sent, 3, { exitCode: 3 })).toMatch(/^The daemon answered with an error/);
  });

  it('speaks Korean too', async () => {
    setLang('ko');
    try {
      const sentence = await describeOutcome('docker build .', sent, 0, undefined, built(0, { builder: 'buildkit', ranSteps: [3], cachedSteps: [2] }));
      expect(sentence).toContain('3단계는 실행되었고 2단계는 BuildKit 캐시에서 가져왔습니다(CACHED)');
    } finally {
      setLang('en');
    }
  });
});

describe('formatExplainNote', () => {
  it('puts a heading, the requests and the sentence on their own lines', async () => {
    const note = await formatExplainNote('docker ps', [{ method: 'GET', path: '/containers/json', status: 200 }], 0);
    expect(note.split('\n')).toEqual([
      'What happened (Engine API requests):',
      '  GET /containers/json → 200',
      expect.stringMatching(/^ {2}The daemon listed the running containers only/),
      '',
    ]);
  });
});

describe('a note lists only requests really sent', () => {
  it.each([
    ['docker exec -it web sh', 1],
    ['docker login 127.0.0.1:5000', 1],
    ['docker login 127.0.0.1:5000', 130],
  ])('%s (exit %i) sent nothing: no note', async (line, exitCode) => {
    expect(await formatExplainNote(line, [], exitCode)).toBe('');
  });

  it('logout says docktutor only erased the stored credentials', async () => {
    expect((await formatExplainNote('docker logout 127.0.0.1:5000', [], 0)).split('\n')).toEqual([
      'What happened (no Engine API requests):',
      '  docktutor erased the credentials stored for 127.0.0.1:5000 on this computer; logout sends nothing to the daemon or the registry.',
      '',
    ]);
  });

  it("search of a registry host shows docktutor's own requests to it", async () => {
    const requests: TracedRequest[] = [
      { method: 'GET', path: '/v2/', host: 'https://127.0.0.1:5000', error: 'ERR_SSL_WRONG_VERSION_NUMBER' },
      { method: 'GET', path: '/v2/_catalog', host: 'http://127.0.0.1:5000', status: 200 },
    ];
    expect((await formatExplainNote('docker search 127.0.0.1:5000/busy', requests, 0)).split('\n')).toEqual([
      'What happened (registry HTTP requests):',
      '  GET https://127.0.0.1:5000/v2/ → ERR_SSL_WRONG_VERSION_NUMBER',
      '  GET http://127.0.0.1:5000/v2/_catalog → 200',
      expect.stringMatching(/^ {2}The registry API has no search, so docktutor asked 127\.0\.0\.1:5000 itself .* the daemon was not involved\.$/),
      '',
    ]);
  });

  it('exec of a program that could not be started says so', async () => {
    const started = { method: 'POST', path: '/exec/abc/start', status: 200 };
    expect(await describeOutcome('docker exec web nosuchcmd', [started], 126, { exitCode: 126 })).toBe(
      "The daemon created an extra process in web, but 'nosuchcmd' is not a program it could start there; the container kept running.",
    );
  });
});
