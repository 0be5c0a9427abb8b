/**
 * One spelling per meaning, so a quiz can compare a typed command with the expected one:
 * `docker container ls --all`, `ps -a` and `docker ps --all` all become `docker ps --all`.
 * Flags are sorted by name and written long (`-it` -> `--interactive --tty`), values of repeatable
 * flags sorted, sizes and CPU counts written as numbers, the image of run/pull/push written with its
 * tag; positional words keep their order.
 */
import type { FlagValue, ParsedCommand } from '../commands/types.js';
import { parseCommandLine } from './parse.js';
import { flagsOf, type FlagSpec } from './spec.js';
import { quoteWord } from './tokenize.js';
import { formatNanoCpus, parseNanoCpus, parseRamInBytes } from './units.js';

/** Throws the parser's DocktutorError when the line is not a supported docker command. */
export function canonicalCommand(line: string): string {
  return formatCanonical(parseCommandLine(line));
}

export function formatCanonical(parsed: ParsedCommand): string {
  const specs = new Map(flagsOf(parsed.name).map((flag) => [flag.long, flag]));
  const parts = ['docker', parsed.name];
  for (const long of Object.keys(parsed.flags).sort()) {
    parts.push(...formatFlag(specs.get(long)!, parsed.flags[long]!));
  }
  parsed.args.forEach((arg, index) => {
    const isImage = index === 0 && (parsed.name === 'run' || parsed.name === 'pull' || parsed.name === 'push');
    parts.push(quoteWord(isImage ? normalizeImageReference(arg) : arg));
  });
  return parts.join(' ');
}

function formatFlag(flag: FlagSpec, value: FlagValue): string[] {
  // A false boolean means the same as leaving the flag out.
  if (value === true) return [`--${flag.long}`];
  if (value === false) return [];
  const values = Array.isArray(value) ? [...value].sort() : [value];
  return values.map((one) => `--${flag.long}=${quoteWord(normalizeValue(flag, one))}`);
}

function normalizeValue(flag: FlagSpec, value: string): string {
  if (flag.type === 'bytes') return String(parseRamInBytes(value) ?? value);
  if (flag.type === 'cpus') {
    const nanos = parseNanoCpus(value);
    return nanos === undefined ? value : formatNanoCpus(nanos);
  }
  if (flag.type === 'int') return String(Number(value));
  return value;
}

/** `docker.io/library/busybox` -> `busybox:latest`: the short form the docker CLI shows, tag made explicit. */
export function normalizeImageReference(reference: string): string {
  let ref = reference.replace(/^(?:docker\.io|index\.docker\.io)\/(?:library\/)?/, '');
  const lastSlash = ref.lastIndexOf('/');
  const hasTag = ref.slice(lastSlash + 1).includes(':');
  if (!hasTag && !ref.includes('@')) ref += ':latest';
  return ref;
}
