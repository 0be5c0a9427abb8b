import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A fresh process: the module cache of the test runner itself would hide what start-up loads.
function probe(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' }).trim();
}

describe('lazy-deps', () => {
  it('keeps ssh2, gRPC, uuid, tar-fs, readable-stream, debug and the .dockerignore matcher out of start-up', () => {
    const loaded = probe(`
      import { createRequire } from 'node:module';
      await import('./dist/docker/engine/connect.js');
      const files = Object.keys(createRequire(import.meta.url).cache);
      // Each deferred package may hold one cache entry: the stand-in at its main file, nothing it requires.
      const counts = {};
      for (const f of files) {
        const m = /node_modules\\/(ssh2|@grpc\\/grpc-js|@grpc\\/proto-loader|uuid|tar-fs|readable-stream|debug|@balena\\/dockerignore)\\//.exec(f);
        if (m) counts[m[1]] = (counts[m[1]] ?? 0) + 1;
      }
      console.log(Math.max(0, ...Object.values(counts)), files.length);
    `);
    const [heavy, total] = loaded.split(' ').map(Number);
    expect(heavy).toBeLessThanOrEqual(1);
    expect(total).toBeLessThan(40);
  });

  it('builds a real readable-stream duplex when a stdin stream needs one', () => {
    const result = probe(`
      import { createRequire } from 'node:module';
      import { PassThrough } from 'node:stream';
      await import('./dist/docker/engine/connect.js');
      const fromModem = createRequire(createRequire(createRequire(import.meta.url).resolve('dockerode')).resolve('docker-modem'));
      const duplex = new (fromModem('./http_duplex'))({ write() {} }, new PassThrough());
      console.log(duplex instanceof fromModem('readable-stream').Duplex, typeof duplex.connect);
    `);
    expect(result).toBe('true function');
  });

  it('matches .dockerignore patterns through the stand-in, for dockerode and for docktutor alike', () => {
    const result = probe(`
      await import('./dist/docker/engine/connect.js');
      const { default: factory } = await import('@balena/dockerignore');
      const ignore = (factory.default ?? factory)({ ignorecase: false }).add(['ignored', '!ignored/keep']);
      console.log(ignore.ignores('ignored/a'), ignore.ignores('ignored/keep'), ignore.ignores('other'));
    `);
    expect(result).toBe('true false false');
  });

  it('loads the ssh agent of docker-modem, and ssh2 with it, when an ssh connection is made', () => {
    const result = probe(`
      import { createRequire } from 'node:module';
      await import('./dist/docker/engine/connect.js');
      const require = createRequire(import.meta.url);
      const fromModem = createRequire(createRequire(require.resolve('dockerode')).resolve('docker-modem'));
      const before = Object.keys(require.cache).some((file) => file.includes('/node_modules/ssh2/'));
      const agent = fromModem('./ssh')({ host: '127.0.0.1' });
      const after = Object.keys(require.cache).some((file) => file.includes('/node_modules/ssh2/'));
      console.log(before, after, typeof agent.createConnection);
    `);
    expect(result).toBe('false true function');
  });

  it('keeps tls and crypto out of start-up, yet docker-modem sends https requests and later code gets the real https', () => {
    const result = probe(`
      import { createRequire } from 'node:module';
      import { createServer } from 'node:net';
      await import('./dist/docker/engine/connect.js');
      const tlsLoaded = process.moduleLoadList.includes('NativeModule tls');
      const require = createRequire(import.meta.url);
      const fromModem = createRequire(createRequire(require.resolve('dockerode')).resolve('docker-modem'));
      const realHttps = require('https') === require('node:https');
      // A port that refuses: the request must reach the real https client to fail with ECONNREFUSED.
      const server = createServer().listen(0, '127.0.0.1');
      await new Promise((done) => server.once('listening', done));
      const { port } = server.address();
      server.close();
      const code = await new Promise((done) => {
        fromModem('./http').https.request({ host: '127.0.0.1', port, path: '/_ping' }, () => done('answered')).on('error', (error) => done(error.code)).end();
      });
      console.log(tlsLoaded, realHttps, code);
    `);
    expect(result).toBe('false true ECONNREFUSED');
  });
});
