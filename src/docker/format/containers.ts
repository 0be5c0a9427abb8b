/**
 * `docker ps` and `docker images` tables, column for column as the docker CLI prints them (its
 * formatter package): pure functions of the Engine API's list answers and the current time.
 */
import { formatCreatedSince } from './time.js';
import { formatHumanSize } from './size.js';
import { formatRows } from './tabwriter.js';
import { ellipsis, goQuote, truncateId } from './text.js';

export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  Created: number;
  Ports: PortSummary[];
  Status: string;
  SizeRw?: number;
  SizeRootFs?: number;
}

export interface PortSummary {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

export interface ContainerTableOptions {
  trunc: boolean;
  quiet: boolean;
  size: boolean;
  nowMs: number;
}

export function formatContainerTable(containers: ContainerSummary[], options: ContainerTableOptions): string {
  if (options.quiet) return containers.map((c) => `${options.trunc ? truncateId(c.Id) : c.Id}\n`).join('');
  const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
  if (options.size) header.push('SIZE');
  const rows = containers.map((c) => {
    const row = [
      options.trunc ? truncateId(c.Id) : c.Id,
      formatContainerImage(c, options.trunc),
      goQuote(options.trunc ? ellipsis(c.Command, 20) : c.Command),
      formatCreatedSince(c.Created, options.nowMs),
      c.Status,
      formatPorts(c.Ports ?? []),
      formatNames(c.Names ?? [], options.trunc),
    ];
    if (options.size) row.push(formatContainerSize(c.SizeRw ?? 0, c.SizeRootFs ?? 0));
    return row;
  });
  return formatRows([header, ...rows]);
}

/** `0B (virtual 1.99MB)`: the writable layer, then the whole filesystem when the daemon reported it. */
export function formatContainerSize(sizeRw: number, sizeRootFs: number): string {
  const rw = formatHumanSize(sizeRw);
  return sizeRootFs > 0 ? `${rw} (virtual ${formatHumanSize(sizeRootFs)})` : rw;
}

/** The first name that is not a legacy link alias (`/other/alias`), without its leading slash. */
function formatNames(names: string[], trunc: boolean): string {
  const bare = names.map((name) => name.replace(/^\//, ''));
  if (!trunc) return bare.join(',');
  return bare.find((name) => !name.includes('/')) ?? '';
}

function formatContainerImage(container: ContainerSummary, trunc: boolean): string {
  const image = container.Image;
  if (image === '') return '<no image>';
  if (!trunc) return image;
  if (truncateId(container.ImageID) === truncateId(image)) return truncateId(image);
  // A digest-pinned reference shows without its digest, keeping any tag.
  const at = image.indexOf('@');
  const withoutDigest = at >= 0 ? image.slice(0, at) : image;
  return withoutDigest.replace(/^(?:docker\.io|index\.docker\.io)\/(?:library\/)?/, '');
}

/** The PORTS column: `0.0.0.0:8080->80/tcp, 9000-9002/tcp`, consecutive ports folded into ranges. */
export function formatPorts(ports: PortSummary[]): string {
  const sorted = [...ports].sort(comparePorts);
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const mappings: string[] = [];
  for (const port of sorted) {
    let key = port.Type;
    if (port.IP) {
      if (port.PublicPort !== port.PrivatePort) {
        mappings.push(`${joinHostPort(port.IP, String(port.PublicPort ?? 0))}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: port.PrivatePort, last: port.PrivatePort });
    } else if (port.PrivatePort === group.last + 1) {
      group.last = port.PrivatePort;
    } else {
      result.push(formatPortGroup(key, group.first, group.last));
      // Replacing keeps the key's place: groups print in the order their keys first appeared.
      groups.set(key, { first: port.PrivatePort, last: port.PrivatePort });
    }
  }
  for (const [key, group] of groups) result.push(formatPortGroup(key, group.first, group.last));
  return [...result, ...mappings].join(', ');
}

function formatPortGroup(key: string, first: number, last: number): string {
  const slash = key.lastIndexOf('/');
  const ip = slash >= 0 ? key.slice(0, slash) : '';
  const type = slash >= 0 ? key.slice(slash + 1) : key;
  const range = first === last ? String(first) : `${first}-${last}`;
  return ip ? `${joinHostPort(ip, range)}->${range}/${type}` : `${range}/${type}`;
}

function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  const ipA = a.IP ?? '';
  const ipB = b.IP ?? '';
  if (ipA !== ipB) return ipA < ipB ? -1 : 1;
  if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}
