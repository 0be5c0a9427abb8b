/**
 * The commands the docker CLI 28 itself knows (`docker --help`, each management group's `--help`, and
 * the plugins Docker Desktop ships), whether or not docktutor runs them. A word here that docktutor
 * does not run is "outside the set": the learner is sent to the docker CLI. A word in neither list is a
 * typo, and gets docker's own "unknown command" with a suggestion. Pure data.
 */

/** Top-level commands that are not management groups. */
export const DOCKER_COMMANDS: ReadonlySet<string> = new Set([
  'attach', 'build', 'commit', 'cp', 'create', 'diff', 'events', 'exec', 'export', 'history', 'images',
  'import', 'info', 'inspect', 'kill', 'load', 'login', 'logout', 'logs', 'pause', 'port', 'ps', 'pull',
  'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'search', 'start', 'stats', 'stop', 'tag',
  'top', 'unpause', 'update', 'version', 'wait',
]);

/** Management groups and the words docker accepts after each (its aliases included). */
export const DOCKER_GROUPS: Readonly<Record<string, readonly string[]>> = {
  builder: ['build', 'prune'],
  checkpoint: ['create', 'ls', 'list', 'rm', 'remove'],
  config: ['create', 'inspect', 'ls', 'list', 'rm', 'remove'],
  container: [
    'attach', 'commit', 'cp', 'create', 'diff', 'exec', 'export', 'inspect', 'kill', 'logs', 'ls', 'list', 'ps',
    'pause', 'port', 'prune', 'rename', 'restart', 'rm', 'remove', 'run', 'start', 'stats', 'stop', 'top',
    'unpause', 'update', 'wait',
  ],
  context: ['create', 'export', 'import', 'inspect', 'ls', 'list', 'rm', 'remove', 'show', 'update', 'use'],
  image: ['build', 'history', 'import', 'inspect', 'load', 'ls', 'list', 'prune', 'pull', 'push', 'rm', 'remove', 'save', 'tag'],
  manifest: ['annotate', 'create', 'inspect', 'push', 'rm'],
  network: ['connect', 'create', 'disconnect', 'inspect', 'ls', 'list', 'prune', 'rm', 'remove'],
  node: ['demote', 'inspect', 'ls', 'list', 'promote', 'ps', 'rm', 'remove', 'update'],
  plugin: ['create', 'disable', 'enable', 'inspect', 'install', 'ls', 'list', 'push', 'rm', 'remove', 'set', 'upgrade'],
  secret: ['create', 'inspect', 'ls', 'list', 'rm', 'remove'],
  service: ['create', 'inspect', 'logs', 'ls', 'list', 'ps', 'rm', 'remove', 'rollback', 'scale', 'update'],
  stack: ['config', 'deploy', 'up', 'ls', 'list', 'ps', 'rm', 'remove', 'down', 'services'],
  swarm: ['ca', 'init', 'join', 'join-token', 'leave', 'unlock', 'unlock-key', 'update'],
  system: ['df', 'events', 'info', 'prune'],
  trust: ['inspect', 'key', 'revoke', 'sign', 'signer'],
  volume: ['create', 'inspect', 'ls', 'list', 'prune', 'rm', 'remove', 'update'],
};

/** CLI plugins (Compose, Buildx and the ones Docker Desktop adds): every word after them is theirs. */
export const DOCKER_PLUGINS: ReadonlySet<string> = new Set(['buildx', 'compose', 'debug', 'init', 'sbom', 'scan', 'scout']);

/**
 * The docker command a line names when docker knows it, as the words to show (`network create`,
 * `compose`, `kill`), or undefined for a word docker does not know either.
 */
export function knownDockerCommand(words: readonly string[]): string | undefined {
  const [first, second] = words;
  if (first === undefined) return undefined;
  if (DOCKER_COMMANDS.has(first) || DOCKER_PLUGINS.has(first)) return first;
  const group = Object.hasOwn(DOCKER_GROUPS, first) ? DOCKER_GROUPS[first] : undefined;
  if (!group) return undefined;
  // `docker network` alone, or followed by a flag, names the group.
  if (second === undefined || second.startsWith('-')) return first;
  return group.includes(second) ? `${first} ${second}` : undefined;
}
