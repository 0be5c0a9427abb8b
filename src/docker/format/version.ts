/**
 * `docker version` in the docker CLI's layout. The Client section describes docktutor itself (its
 * version, the API version it speaks, Node.js where docker shows Go); the Server section is the
 * daemon's own answer, component by component.
 */
import type { DaemonVersion } from '../engine/connect.js';
import { tabwrite } from './tabwriter.js';

export interface ClientVersion {
  version: string;
  apiVersion: string;
  defaultApiVersion: string;
  nodeVersion: string;
  os: string;
  arch: string;
  context: string;
}

/** The docker CLI's version template: tabwriter.NewWriter(out, 20, 1, 1, ' ', 0). */
export function formatVersion(client: ClientVersion, server: DaemonVersion | undefined): string {
  const lines = [
    'Client: docktutor',
    ` Version:\t${client.version}`,
    ` API version:\t${client.apiVersion}${client.apiVersion === client.defaultApiVersion ? '' : ` (downgraded from ${client.defaultApiVersion})`}`,
    ` Node version:\t${client.nodeVersion}`,
    ` OS/Arch:\t${client.os}/${client.arch}`,
    ` Context:\t${client.context}`,
  ];
  if (server) {
    lines.push('', `Server:${server.Platform?.Name ? ` ${server.Platform.Name}` : ''}`);
    for (const component of serverComponents(server)) {
      lines.push(` ${component.Name}:`);
      const details = component.Details ?? {};
      if (component.Name === 'Engine') {
        lines.push(
          `  Version:\t${component.Version}`,
          `  API version:\t${details.ApiVersion ?? ''} (minimum version ${details.MinAPIVersion ?? ''})`,
          `  Go version:\t${details.GoVersion ?? ''}`,
          `  Git commit:\t${details.GitCommit ?? ''}`,
          `  Built:\t${formatBuildTime(details.BuildTime ?? '')}`,
          `  OS/Arch:\t${details.Os ?? ''}/${details.Arch ?? ''}`,
          `  Experimental:\t${details.Experimental ?? 'false'}`,
        );
      } else {
        lines.push(`  Version:\t${component.Version}`);
        for (const key of Object.keys(details).sort()) lines.push(`  ${key}:\t${details[key]}`);
      }
    }
  }
  return tabwrite(`${lines.join('\n')}\n`, { minWidth: 20, padding: 1 });
}

/** Daemons older than API 1.35 list no components: describe the engine from the top-level fields. */
function serverComponents(server: DaemonVersion): NonNullable<DaemonVersion['Components']> {
  if (server.Components && server.Components.length > 0) return server.Components;
  const details: Record<string, string> = {
    ApiVersion: server.ApiVersion,
    MinAPIVersion: server.MinAPIVersion ?? '',
    GoVersion: server.GoVersion ?? '',
    GitCommit: server.GitCommit ?? '',
    BuildTime: server.BuildTime ?? '',
    Os: server.Os,
    Arch: server.Arch,
  };
  return [{ Name: 'Engine', Version: server.Version, Details: details }];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 3339 -> Go's time.ANSIC (`Thu May  7 21:09:36 2026`) in the timestamp's own offset, as docker does. */
export function formatBuildTime(value: string): string {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]} ${MONTHS[month! - 1]} ${String(day).padStart(2, ' ')} ${pad(hour!)}:${pad(minute!)}:${pad(second!)} ${year}`;
}

/** Node's names for platforms and CPUs -> Go's (GOOS/GOARCH), which docker prints. */
export function goPlatform(platform: string, arch: string): { os: string; arch: string } {
  const archs: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
  const oses: Record<string, string> = { win32: 'windows', sunos: 'solaris' };
  return { os: oses[platform] ?? platform, arch: archs[arch] ?? arch };
}
