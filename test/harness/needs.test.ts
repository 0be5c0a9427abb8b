import { describe, expect, it } from 'vitest';
import { dockerTitle, firstMissing, needsOfTitle, needsTitle, type TestEnvironment } from '../helpers/needs.js';

const yes = { available: true, reason: '' };
const no = (reason: string) => ({ available: false, reason });
const plainDaemon: TestEnvironment = {
  docker: { available: true, address: 'unix:///var/run/docker.sock', reason: '' },
  needs: { busybox: yes, registry: no('DOCKTUTOR_TEST_REGISTRY is not set'), mirror: no('DOCKTUTOR_TEST_MIRROR is not set'), tmux: yes },
};

describe('what a test needs, read back from its title', () => {
  it('reads the needs of a describeDocker block and of one test inside it', () => {
    const name = `${dockerTitle('docker build', ['busybox'])} > ${needsTitle('pulls from the test registry', ['registry'])}`;
    expect(name).toBe('[docker: busybox] docker build > [needs registry] pulls from the test registry');
    expect(needsOfTitle(name)).toEqual({ daemon: true, needs: ['busybox', 'registry'] });
    expect(needsOfTitle(dockerTitle('connect', []))).toEqual({ daemon: true, needs: [] });
    expect(needsOfTitle('progress store > keeps every change')).toBeUndefined();
  });

  it('names the first thing missing: the daemon before anything on it, then the needs in order', () => {
    expect(firstMissing(plainDaemon, true, ['busybox', 'registry', 'mirror'])).toBe('registry');
    expect(firstMissing(plainDaemon, true, ['busybox', 'tmux'])).toBeUndefined();
    const noDaemon = { ...plainDaemon, docker: { ...plainDaemon.docker, available: false } };
    expect(firstMissing(noDaemon, true, ['registry'])).toBe('daemon');
    expect(firstMissing(noDaemon, false, ['tmux'])).toBeUndefined();
  });
});
