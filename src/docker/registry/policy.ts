/** The transport rule for registries, read from the daemon this session talks to (one /info per connection). */
import type { Connection } from '../engine/connect.js';
import { LOOPBACK_ONLY, policyFromInfo, type RegistryInfo, type TransportPolicy } from './transport.js';

const policies = new WeakMap<Connection, Promise<TransportPolicy>>();

export function registryPolicy(connection: Connection): Promise<TransportPolicy> {
  let policy = policies.get(connection);
  if (!policy) {
    // A daemon that cannot say which registries it treats as insecure leaves only loopback for plain HTTP.
    policy = (connection.docker.info() as Promise<RegistryInfo>).then(policyFromInfo, () => LOOPBACK_ONLY);
    policies.set(connection, policy);
  }
  return policy;
}
