import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/docker/engine/connect.js';
import { createDaemon, type DaemonOptions } from '../../src/docker/engine/daemon.js';

/** An opener that counts its calls and hands out distinct stand-in connections (or fails when told to). */
function counting(failFirst = 0) {
  const calls: DaemonOptions[] = [];
  const open = async (options: DaemonOptions): Promise<Connection> => {
    calls.push(options);
    if (calls.length <= failFirst) throw new Error(`refused #${calls.length}`);
    return { apiVersion: `1.${calls.length}` } as unknown as Connection;
  };
  return { calls, open };
}

describe('the daemon of one invocation', () => {
  it('opens one connection, however many callers ask and however they overlap', async () => {
    const { calls, open } = counting();
    const daemon = createDaemon({ host: 'unix:///x.sock', env: {} }, open);
    const [a, b] = await Promise.all([daemon.connection(), daemon.connection()]);
    const c = await daemon.connection();
    expect(calls).toEqual([{ host: 'unix:///x.sock', env: {} }]);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('opens nothing until asked', () => {
    const { calls, open } = counting();
    createDaemon({ env: {} }, open);
    expect(calls).toHaveLength(0);
  });

  it('forgets a failed attempt, so the next use tries again', async () => {
    const { calls, open } = counting(1);
    const daemon = createDaemon({ env: {} }, open);
    await expect(daemon.connection()).rejects.toThrow('refused #1');
    await expect(daemon.connection()).resolves.toMatchObject({ apiVersion: '1.2' });
    expect(calls).toHaveLength(2);
  });

  it('connects again after forget (the daemon went away)', async () => {
    const { calls, open } = counting();
    const daemon = createDaemon({ env: {} }, open);
    const first = await daemon.connection();
    daemon.forget();
    const second = await daemon.connection();
    expect(second).not.toBe(first);
    expect(calls).toHaveLength(2);
  });
});
