import { afterEach, describe, expect, it } from 'vitest';
import { formatCleanOutcome, formatCleanPlan } from '../../src/docker/clean/format.js';
import type { CleanPlan } from '../../src/docker/clean/plan.js';
import { inLanguage } from '../../src/i18n/index.js';

const ID = 'f9f13bfc41bc2fc2446cc6ec8d621bbe807365077867caebcb64dd6c3027cb04';
const plan: CleanPlan = {
  containers: [
    { id: ID, name: 'web1', image: 'busybox:latest', state: 'running' },
    { id: ID, name: 'a-much-longer-name', image: 'nginx', state: 'exited' },
  ],
  images: [],
  volumes: [],
  networks: [],
  tags: [],
  lastNames: [],
  pulled: [],
  pulledNotAsked: 0,
  notOurs: 0,
};

describe('formatCleanPlan', () => {
  it('lines the containers up in columns', () => {
    expect(formatCleanPlan(plan, undefined).split('\n').slice(2, 4)).toEqual([
      '    web1                f9f13bfc41bc  busybox:latest  (running)',
      '    a-much-longer-name  f9f13bfc41bc  nginx           (exited)',
    ]);
  });

  it('lines up the images, the names given to other images and the pulled images as it does the containers', () => {
    const images = [
      { id: `sha256:${ID}`, tags: ['dt-hello:1.0', 'dt-hello:args'] },
      { id: `sha256:${ID}`, tags: ['dt-app:multi'] },
      { id: `sha256:${ID}`, tags: [] },
    ];
    const text = formatCleanPlan({ ...plan, containers: [], images, pulled: [{ reference: 'busybox:latest', id: ID }, { reference: 'registry:2', id: ID }] } as CleanPlan, undefined);
    expect(text.split('\n').slice(2, 5)).toEqual([
      '    dt-hello:1.0, dt-hello:args  f9f13bfc41bc',
      '    dt-app:multi                 f9f13bfc41bc',
      '    <untagged>                   f9f13bfc41bc',
    ]);
    expect(text.split('\n').slice(6, 8)).toEqual(['    busybox:latest  f9f13bfc41bc', '    registry:2      f9f13bfc41bc']);
  });

  it('lists volumes and networks in sections of their own, and their removal', () => {
    const text = formatCleanPlan({ ...plan, containers: [], volumes: [{ name: 'notes-data' }], networks: [{ id: ID, name: 'app-net' }] }, undefined);
    expect(text).toBe('docktutor created these:\n  Volumes:\n    notes-data\n  Networks:\n    app-net  f9f13bfc41bc\n');
    const outcome = formatCleanOutcome({ removed: [{ kind: 'volume', name: 'notes-data' }, { kind: 'network', name: 'app-net' }], skipped: [] });
    expect(outcome).toBe('Removed volume notes-data\nRemoved network app-net\nRemoved 2 objects.\n');
  });

  it('lists the names docktutor gave other images in a section of their own, and their untagging', () => {
    const text = formatCleanPlan({ ...plan, containers: [], tags: [{ reference: 'dt-box:v1', id: `sha256:${ID}` }] }, undefined);
    expect(text).toBe('docktutor created these:\n  Names docktutor gave to other images (the images stay):\n    dt-box:v1  f9f13bfc41bc\n');
    expect(formatCleanOutcome({ removed: [{ kind: 'tag', name: 'dt-box:v1' }], skipped: [] })).toBe('Untagged dt-box:v1\nRemoved 1 object.\n');
    expect(inLanguage('ko', () => formatCleanOutcome({ removed: [{ kind: 'tag', name: 'dt-box:v1' }], skipped: [] }))).toContain('이름 dt-box:v1 삭제함 (이미지는 남음)');
  });

  it('names the states in Korean', () => {
    const text = inLanguage('ko', () => formatCleanPlan(plan, undefined));
    expect(text).toContain('(실행 중)');
    expect(text).toContain('(종료됨)');
    expect(text).not.toMatch(/\((running|exited)\)/);
  });
});
