/**
 * A BuildKit session (POST /session, upgraded to HTTP/2) through which the daemon asks docktutor for
 * registry logins while it builds, as it asks the docker CLI: BuildKit pulls a FROM image itself and
 * takes credentials from the session only (the X-Registry-Config header is the legacy builder's).
 * docktutor answers `moby.filesync.v1.Auth/Credentials` for the host asked, from the stored logins
 * (config.json or a credential helper). It also answers BuildKit's health check
 * (`grpc.health.v1.Health/Check`, every second): a session that fails it is dropped, and the daemon then
 * reports "no active session" at its next question. The gRPC server comes from dockerode's own
 * dependency; the few small messages are encoded with protobufjs.
 */
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { createRequire } from 'node:module';
import type Docker from 'dockerode';
import protobuf from 'protobufjs/light.js';
import { loadCredentials } from '../registry/credentials.js';
import { normalizeRegistryHost } from '../registry/reference.js';

const CREDENTIALS_METHOD = '/moby.filesync.v1.Auth/Credentials';
const HEALTH_METHOD = '/grpc.health.v1.Health/Check';
/** HealthCheckResponse.ServingStatus.SERVING */
const SERVING = 1;

const messages = protobuf.Root.fromJSON({
  nested: {
    CredentialsRequest: { fields: { Host: { type: 'string', id: 1 } } },
    CredentialsResponse: { fields: { Username: { type: 'string', id: 1 }, Secret: { type: 'string', id: 2 } } },
    HealthCheckResponse: { fields: { status: { type: 'int32', id: 1 } } },
  },
});
const request = messages.lookupType('CredentialsRequest');
const response = messages.lookupType('CredentialsResponse');
const health = messages.lookupType('HealthCheckResponse');

export interface BuildkitSession {
  id: string;
  close(): void;
}

interface GrpcModule {
  Server: new () => {
    addService(service: object, implementation: object): void;
    createConnectionInjector(credentials: unknown): { injectConnection(socket: Duplex): void };
    forceShutdown(): void;
  };
  ServerCredentials: { createInsecure(): unknown };
}

export async function openSession(docker: Docker, env: NodeJS.ProcessEnv): Promise<BuildkitSession> {
  const requireFromDockerode = createRequire(createRequire(import.meta.url).resolve('dockerode'));
  const grpc = requireFromDockerode('@grpc/grpc-js') as GrpcModule;
  const id = randomUUID();
  const modem = docker.modem as unknown as { dial(options: object, callback: (error: unknown, socket?: Duplex) => void): void };
  const socket = await new Promise<Duplex>((resolve, reject) =>
    modem.dial(
      {
        method: 'POST',
        path: '/session',
        hijack: true,
        headers: {
          'Upgrade': 'h2c',
          'X-Docker-Expose-Session-Uuid': id,
          'X-Docker-Expose-Session-Name': 'docktutor',
          'X-Docker-Expose-Session-Grpc-Method': [CREDENTIALS_METHOD, HEALTH_METHOD],
        },
        statusCodes: { 101: true, 200: true, 500: 'server error' },
      },
      (error, stream) => (error || !stream ? reject(error) : resolve(stream)),
    ),
  );
  const server = new grpc.Server();
  server.addService(
    {
      Credentials: {
        path: CREDENTIALS_METHOD,
        requestStream: false,
        responseStream: false,
        requestDeserialize: (bytes: Buffer) => request.toObject(request.decode(bytes)) as { Host?: string },
        responseSerialize: (value: object) => Buffer.from(response.encode(response.fromObject(value)).finish()),
      },
    },
    {
      Credentials(call: { request: { Host?: string } }, callback: (error: null, value: object) => void) {
        credentialsFor(call.request.Host ?? '', env).then(
          (value) => callback(null, value),
          () => callback(null, {}),
        );
      },
    },
  );
  server.addService(
    {
      Check: {
        path: HEALTH_METHOD,
        requestStream: false,
        responseStream: false,
        requestDeserialize: (bytes: Buffer) => bytes,
        responseSerialize: (value: object) => Buffer.from(health.encode(health.fromObject(value)).finish()),
      },
    },
    {
      Check(_call: unknown, callback: (error: null, value: object) => void) {
        callback(null, { status: SERVING });
      },
    },
  );
  server.createConnectionInjector(grpc.ServerCredentials.createInsecure()).injectConnection(socket);
  socket.on('error', () => undefined);
  return {
    id,
    close() {
      server.forceShutdown();
      socket.destroy();
    },
  };
}

/** The stored login for `host`, as the docker CLI's auth provider gives it; nothing stored, no credentials. */
async function credentialsFor(host: string, env: NodeJS.ProcessEnv): Promise<{ Username?: string; Secret?: string }> {
  const credentials = await loadCredentials(normalizeRegistryHost(host), env);
  if (!credentials) return {};
  return credentials.identityToken ? { Secret: credentials.secret } : { Username: credentials.username, Secret: credentials.secret };
}
