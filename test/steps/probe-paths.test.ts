/**
 * The probe that asks the daemon for paths in the learner's image (HEAD /containers/{id}/archive) reads
 * each answer to its end: an answer left unread held its socket open, and with it docktutor, which then
 * never exited after Quit once an edit step's path check had run.
 */
import { afterAll, expect, it } from 'vitest';
import { probePaths } from '../../src/steps/edit/probes.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { freshHome, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('probe-paths');
const { home } = freshHome('probe-paths');

/** The sockets still waiting on an answer from the daemon's archive endpoint. */
function archiveSockets(): unknown[] {
  const handles = (process as unknown as { _getActiveHandles: () => unknown[] })._getActiveHandles();
  return handles.filter((handle) => /\/archive\?/.test((handle as { _httpMessage?: { path?: string } })._httpMessage?.path ?? ''));
}

describeDocker('probePaths', () => {
  afterAll(() => removeRun(RUN));

  it('answers for each path and leaves no request to the daemon open', async () => {
    const { docker } = await stepConnection();
    const env = { ...process.env, DOCKTUTOR_HOME: home, DOCKTUTOR_RUN_LABEL: RUN };
    const found = await probePaths({ docker, env, lesson: 'probe-paths' }, 'busybox:latest', ['/bin/sh', '/etc/passwd', '/no/such/file']);
    expect([...found]).toEqual([
      ['/bin/sh', true],
      ['/etc/passwd', true],
      ['/no/such/file', false],
    ]);
    // A response read to its end frees its socket within a few ticks; one left unread never does.
    const deadline = Date.now() + 2000;
    while (archiveSockets().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(archiveSockets()).toEqual([]);
  });
});
