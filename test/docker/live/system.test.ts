import { expect, it } from 'vitest';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { describeDocker } from '../../helpers/docker.js';
import { captureContext, testConnection } from './context.js';

describeDocker('docker version and info', () => {
  it('version shows docktutor as the client and the daemon as the server', async () => {
    const { context, stdout } = await captureContext();
    const result = await executeCommandLine('docker version', context, { explain: false });
    const connection = await testConnection();
    const { apiVersion } = connection;
    const daemon = await connection.daemonVersion();
    expect(result.exitCode).toBe(0);
    const text = stdout();
    expect(text).toMatch(/^Client: docktutor\n Version: {11}\d+\.\d+\.\d+\n/);
    expect(text).toContain(` API version:       ${apiVersion}`);
    expect(text).toContain(` Node version:      ${process.version}\n`);
    expect(text).toMatch(/\nServer:.*\n Engine:\n {2}Version: {10}/);
    expect(text).toContain(`  Version:          ${daemon.Version}\n`);
    expect(text).toContain(`  API version:      ${daemon.ApiVersion} (minimum version ${daemon.MinAPIVersion})`);
  });

  it('info shows the daemon counts and configuration in the docker CLI layout', async () => {
    const { context, stdout } = await captureContext();
    const result = await executeCommandLine('docker system info', context, { explain: false });
    const info = (await (await testConnection()).docker.info()) as { ServerVersion: string; Driver: string; NCPU: number; Images: number };
    expect(result.exitCode).toBe(0);
    const text = stdout();
    expect(text).toMatch(/^Client: docktutor\n/);
    expect(text).toMatch(/\nServer:\n Containers: \d+\n {2}Running: \d+\n {2}Paused: \d+\n {2}Stopped: \d+\n Images: \d+\n/);
    expect(text).toContain(` Server Version: ${info.ServerVersion}\n`);
    expect(text).toContain(` Storage Driver: ${info.Driver}\n`);
    expect(text).toContain(` CPUs: ${info.NCPU}\n`);
    expect(text).toMatch(/ Total Memory: [\d.]+[KMGT]iB\n/);
    expect(text).toMatch(/ Docker Root Dir: \//);
  });

  it('version and info send one request each, shown in the note', async () => {
    for (const [line, request] of [
      ['docker version', 'GET /version → 200'],
      ['docker info', 'GET /info → 200'],
    ] as const) {
      const { context, stderr } = await captureContext();
      await executeCommandLine(line, context, { explain: true });
      expect(stderr()).toContain(request);
    }
  });
}, []);
