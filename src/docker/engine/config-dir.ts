import { join } from 'node:path';

/**
 * The docker CLI's configuration folder (its config.Dir()), where config.json, contexts and TLS files
 * live: $DOCKER_CONFIG, else `.docker` in the home folder. The home is $HOME when it is set, as the
 * docker CLI reads it, else the account's (`accountHome`, from os.homedir()). The one place this rule
 * is written: the address, the credentials and the TLS files all come through here.
 */
export function dockerConfigDir(env: Record<string, string | undefined>, accountHome: string): string {
  return env.DOCKER_CONFIG || join(env.HOME || accountHome, '.docker');
}
