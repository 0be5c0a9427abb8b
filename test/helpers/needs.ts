/**
 * What a test needs beyond Node: a Docker daemon, and on it what the sandbox (scripts/docker-sandbox.sh)
 * adds to a plain daemon. The global set-up finds out once what this run has; `describeDocker` and
 * `itNeeds` (docker.ts) run, skip or fail each test from that; the reporter names what skipped tests lacked.
 * A test title carries its needs ("[docker: busybox, registry] ..."), which is how the reporter knows them.
 */
export type Need = 'busybox' | 'registry' | 'mirror' | 'tmux';

export interface Availability {
  available: boolean;
  /** Why not, when not available. */
  reason: string;
}

export interface DockerStatus extends Availability {
  address: string;
}

export interface TestEnvironment {
  docker: DockerStatus;
  needs: Record<Need, Availability>;
}

/** What each need is, for skip lines and failures. */
export const NEED_LABELS: Record<Need, string> = {
  busybox: "busybox:latest laid out as Docker Hub's (sh, /etc/passwd, /tmp)",
  registry: "the sandbox's test registry, with a login",
  mirror: 'a registry mirror that serves `docker pull busybox` without the internet',
  tmux: 'tmux, for a real terminal',
};

export const RUN_WITH = 'bash scripts/docker-sandbox.sh npm test';

/** The global set-up hands the environment to the reporter, which runs in its process, through this variable. */
export const ENVIRONMENT_VARIABLE = 'DOCKTUTOR_TEST_ENVIRONMENT';

export function dockerTitle(name: string, needs: readonly Need[]): string {
  return needs.length === 0 ? `[docker] ${name}` : `[docker: ${needs.join(', ')}] ${name}`;
}

export function needsTitle(name: string, needs: readonly Need[]): string {
  return `[needs ${needs.join(', ')}] ${name}`;
}

/** Pure: what a full test name says it needs; `daemon` is true under a describeDocker block. */
export function needsOfTitle(fullName: string): { daemon: boolean; needs: Need[] } | undefined {
  const tags = [...fullName.matchAll(/\[(docker)(?::\s*([^\]]*))?\]|\[needs ([^\]]*)\]/g)];
  if (tags.length === 0) return undefined;
  const needs = tags.flatMap((tag) => (tag[2] ?? tag[3] ?? '').split(',').map((need) => need.trim()).filter(Boolean)) as Need[];
  return { daemon: tags.some((tag) => tag[1] === 'docker'), needs };
}

/** Pure: the first thing missing for a test, 'daemon' or a need, or undefined when it can run. */
export function firstMissing(environment: TestEnvironment, daemon: boolean, needs: readonly Need[]): 'daemon' | Need | undefined {
  if (daemon && !environment.docker.available) return 'daemon';
  return needs.find((need) => !environment.needs[need]?.available);
}
