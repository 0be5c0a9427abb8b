/**
 * `docker info` in the docker CLI's layout (its prettyPrintInfo), from the daemon's /info answer.
 * The Client section describes docktutor; warnings go to stderr, as docker prints them.
 */
import { formatBytesSize } from './size.js';

export interface DaemonInfo {
  Containers?: number;
  ContainersRunning?: number;
  ContainersPaused?: number;
  ContainersStopped?: number;
  Images?: number;
  ServerVersion?: string;
  Driver?: string;
  DriverStatus?: [string, string][] | null;
  LoggingDriver?: string;
  CgroupDriver?: string;
  CgroupVersion?: string;
  Plugins?: { Volume?: string[] | null; Network?: string[] | null; Authorization?: string[] | null; Log?: string[] | null };
  Swarm?: { LocalNodeState?: string };
  Runtimes?: Record<string, unknown>;
  DefaultRuntime?: string;
  InitBinary?: string;
  ContainerdCommit?: { ID?: string };
  RuncCommit?: { ID?: string };
  InitCommit?: { ID?: string };
  SecurityOptions?: string[] | null;
  KernelVersion?: string;
  OperatingSystem?: string;
  OSType?: string;
  Architecture?: string;
  NCPU?: number;
  MemTotal?: number;
  Name?: string;
  ID?: string;
  DockerRootDir?: string;
  Debug?: boolean;
  HttpProxy?: string;
  HttpsProxy?: string;
  NoProxy?: string;
  IndexServerAddress?: string;
  Labels?: string[] | null;
  ExperimentalBuild?: boolean;
  RegistryConfig?: {
    InsecureRegistryCIDRs?: string[] | null;
    IndexConfigs?: Record<string, { Name: string; Secure: boolean }> | null;
    Mirrors?: string[] | null;
  } | null;
  LiveRestoreEnabled?: boolean;
  Warnings?: string[] | null;
}

export interface ClientInfo {
  version: string;
  context: string;
}

export function formatInfo(client: ClientInfo, info: DaemonInfo): { stdout: string; warnings: string[] } {
  const out: string[] = ['Client: docktutor', ` Version:    ${client.version}`, ` Context:    ${client.context}`, ' Debug Mode: false', '', 'Server:'];
  const line = (label: string, value: unknown) => out.push(`${label} ${String(value ?? '')}`);
  const lineIfSet = (label: string, value: string | undefined) => {
    if (value) line(label, value);
  };
  line(' Containers:', info.Containers ?? 0);
  line('  Running:', info.ContainersRunning ?? 0);
  line('  Paused:', info.ContainersPaused ?? 0);
  line('  Stopped:', info.ContainersStopped ?? 0);
  line(' Images:', info.Images ?? 0);
  lineIfSet(' Server Version:', info.ServerVersion);
  lineIfSet(' Storage Driver:', info.Driver);
  for (const [key, value] of info.DriverStatus ?? []) out.push(`  ${key}: ${value}`);
  lineIfSet(' Logging Driver:', info.LoggingDriver);
  lineIfSet(' Cgroup Driver:', info.CgroupDriver);
  lineIfSet(' Cgroup Version:', info.CgroupVersion);
  out.push(' Plugins:');
  line('  Volume:', (info.Plugins?.Volume ?? []).join(' '));
  line('  Network:', (info.Plugins?.Network ?? []).join(' '));
  if ((info.Plugins?.Authorization ?? []).length > 0) line('  Authorization:', info.Plugins!.Authorization!.join(' '));
  line('  Log:', (info.Plugins?.Log ?? []).join(' '));
  line(' Swarm:', info.Swarm?.LocalNodeState ?? '');
  const runtimes = Object.keys(info.Runtimes ?? {}).sort();
  if (runtimes.length > 0) {
    line(' Runtimes:', runtimes.join(' '));
    line(' Default Runtime:', info.DefaultRuntime ?? '');
  }
  if (info.OSType === 'linux') {
    line(' Init Binary:', info.InitBinary ?? '');
    line(' containerd version:', info.ContainerdCommit?.ID ?? '');
    line(' runc version:', info.RuncCommit?.ID ?? '');
    line(' init version:', info.InitCommit?.ID ?? '');
    const security = info.SecurityOptions ?? [];
    if (security.length > 0) {
      out.push(' Security Options:');
      for (const option of security) out.push(...formatSecurityOption(option));
    }
  }
  lineIfSet(' Kernel Version:', info.KernelVersion);
  lineIfSet(' Operating System:', info.OperatingSystem);
  lineIfSet(' OSType:', info.OSType);
  lineIfSet(' Architecture:', info.Architecture);
  line(' CPUs:', info.NCPU ?? 0);
  line(' Total Memory:', formatBytesSize(info.MemTotal ?? 0));
  lineIfSet(' Name:', info.Name);
  lineIfSet(' ID:', info.ID);
  line(' Docker Root Dir:', info.DockerRootDir ?? '');
  line(' Debug Mode:', info.Debug ?? false);
  lineIfSet(' HTTP Proxy:', info.HttpProxy);
  lineIfSet(' HTTPS Proxy:', info.HttpsProxy);
  lineIfSet(' No Proxy:', info.NoProxy);
  lineIfSet(' Registry:', info.IndexServerAddress);
  const labels = info.Labels ?? [];
  if (labels.length > 0) out.push(' Labels:', ...labels.map((label) => `  ${label}`));
  line(' Experimental:', info.ExperimentalBuild ?? false);
  out.push(...formatRegistries(info.RegistryConfig ?? undefined));
  line(' Live Restore Enabled:', info.LiveRestoreEnabled ?? false);
  out.push('');
  return { stdout: `${out.join('\n')}\n`, warnings: info.Warnings ?? [] };
}

/** `name=seccomp,profile=default` -> `  seccomp` and `   Profile: default`. */
function formatSecurityOption(option: string): string[] {
  const fields = Object.fromEntries(option.split(',').map((pair) => pair.split('=', 2) as [string, string]));
  const lines = [`  ${fields.name ?? option}`];
  if (fields.profile) lines.push(`   Profile: ${fields.profile}`);
  return lines;
}

function formatRegistries(config: DaemonInfo['RegistryConfig'] | undefined): string[] {
  if (!config) return [];
  const cidrs = config.InsecureRegistryCIDRs ?? [];
  const indexes = Object.values(config.IndexConfigs ?? {});
  const lines: string[] = [];
  if (cidrs.length > 0 || indexes.length > 0) {
    lines.push(' Insecure Registries:');
    for (const index of indexes) if (!index.Secure) lines.push(`  ${index.Name}`);
    for (const cidr of cidrs) lines.push(`  ${cidr}`);
  }
  const mirrors = config.Mirrors ?? [];
  if (mirrors.length > 0) lines.push(' Registry Mirrors:', ...mirrors.map((mirror) => `  ${mirror}`));
  return lines;
}
