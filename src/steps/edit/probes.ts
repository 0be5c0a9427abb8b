/**
 * Throwaway containers that look inside the learner's image: one, never started, whose filesystem is
 * asked for paths (HEAD /containers/{id}/archive: no shell needed in the image), and one per `run`
 * check, started with the check's command and stopped if it outlives its time. Each carries docktutor's
 * labels and is in its record of what it created (so `clean` may remove one left by a crash), has no
 * network, and is removed before the probe returns.
 */
import type Docker from 'dockerode';
import { forgetCreated, recordCreated } from '../../docker/clean/created-record.js';
import { createDemuxer } from '../../docker/engine/demux.js';
import { DocktutorError } from '../../errors.js';
import { containerMessages } from '../../i18n/containers.js';
import { docktutorLabels } from '../../docker/engine/labels.js';

export interface ProbeContext {
  docker: Docker;
  env: NodeJS.ProcessEnv;
  lesson: string;
}

/** Seconds a check's container may run before it is stopped. */
export const RUN_SECONDS = 20;

/** For each absolute path: whether it exists in the image. */
export async function probePaths(context: ProbeContext, image: string, paths: string[]): Promise<Map<string, boolean>> {
  const found = new Map<string, boolean>();
  const container = await context.docker.createContainer({
    Image: image,
    // Never started: any command will do, and an image without CMD still gets a container.
    Cmd: ['/docktutor-probe'],
    Labels: docktutorLabels('check', context.env, context.lesson),
    HostConfig: { NetworkMode: 'none' },
  });
  await recordCreated('container', container.id, context.env);
  try {
    for (const path of paths) {
      try {
        const answer = (await container.infoArchive({ path })) as { resume?: () => void };
        // The answer is a stream even for HEAD: left unread, it holds its socket, and docktutor with it.
        answer.resume?.();
        found.set(path, true);
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 404) throw error;
        found.set(path, false);
      }
    }
  } finally {
    await removeProbe(context, container);
  }
  return found;
}

export interface RunProbe {
  output: string;
  exitCode?: number;
  timedOut?: number;
}

/** Runs a container of the image (with `command` instead of its CMD when given) to its end. */
export async function probeRun(context: ProbeContext, image: string, command: string[] | undefined, seconds = RUN_SECONDS): Promise<RunProbe> {
  const container = await context.docker.createContainer({
    Image: image,
    ...(command ? { Cmd: command } : {}),
    Labels: docktutorLabels('check', context.env, context.lesson),
    HostConfig: { NetworkMode: 'none' },
    Tty: false,
  });
  await recordCreated('container', container.id, context.env);
  try {
    await container.start();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), seconds * 1000)));
    const ended = await Promise.race([container.wait() as Promise<{ StatusCode?: unknown }>, timeout]);
    clearTimeout(timer);
    if (ended === 'timeout') await container.kill().catch(() => undefined);
    // As for `run`: an answer without the container's code is no exit code, and a check must not read one into it.
    else if (typeof ended.StatusCode !== 'number') {
      const m = containerMessages();
      throw new DocktutorError('daemon', m.waitFailed(m.waitNoStatus), { hint: m.daemonGoneHint });
    }
    const output = await readLogs(container);
    return ended === 'timeout' ? { output, timedOut: seconds } : { output, exitCode: ended.StatusCode as number };
  } finally {
    await removeProbe(context, container);
  }
}

async function removeProbe(context: ProbeContext, container: Docker.Container): Promise<void> {
  await container.remove({ force: true }).catch(() => undefined);
  await forgetCreated([{ kind: 'container', id: container.id }], context.env);
}

async function readLogs(container: Docker.Container): Promise<string> {
  const raw = (await container.logs({ stdout: true, stderr: true, follow: false, tail: 200 })) as unknown as Buffer;
  const parts: Buffer[] = [];
  createDemuxer((_stream, payload) => parts.push(Buffer.from(payload)))(Buffer.from(raw));
  return Buffer.concat(parts).toString('utf8');
}

