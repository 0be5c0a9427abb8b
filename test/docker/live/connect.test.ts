import { Agent } from 'node:http';
import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { CLIENT_API_VERSION, connect, lowerVersion } from '../../../src/docker/engine/connect.js';
import { startTrace, takeTrace } from '../../../src/docker/engine/trace.js';
import { describeDocker } from '../../helpers/docker.js';

describeDocker('connect', () => {
  it('agrees on an API version with one GET /_ping, and asks /version only when told to', async () => {
    startTrace();
    takeTrace();
    const connection = await connect({ timeoutMs: 10_000 });
    expect(takeTrace()).toEqual([{ method: 'GET', path: '/_ping', status: 200 }]);
    const daemon = await connection.daemonVersion();
    expect(takeTrace()).toEqual([{ method: 'GET', path: '/version', status: 200 }]);
    expect(connection.apiVersion).toBe(lowerVersion(CLIENT_API_VERSION, daemon.ApiVersion));
    expect((connection.docker.modem as unknown as { version: string }).version).toBe(`v${connection.apiVersion}`);
  });

  it('keeps its socket alive and, on a Unix socket, asks Node for no TLS server name (net.isIP costs milliseconds at first)', async () => {
    const connection = await connect({ timeoutMs: 10_000 });
    const agent = (connection.docker.modem as unknown as { agent?: Agent & { options: Record<string, unknown> } }).agent;
    if (connection.address.protocol !== 'unix') return expect(agent?.options.servername).not.toBe('');
    expect(agent).toBeInstanceOf(Agent);
    expect(agent!.options).toMatchObject({ keepAlive: true, servername: '' });
    await connection.docker.listContainers();
    await connection.docker.listContainers();
    // One connection for the ping and both lists, and an agent that unbundled docker-modem's debug line does not walk.
    expect(Object.values(agent!.freeSockets).flat()).toHaveLength(1);
    expect(inspect(agent)).toBe('Agent');
  });
}, []);
