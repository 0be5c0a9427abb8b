/** `docker volume ls`: the docker CLI's table (DRIVER, VOLUME NAME), names in natural order. Pure. */
import { formatRows } from './tabwriter.js';

export interface VolumeSummary {
  Name: string;
  Driver: string;
}

export function formatVolumeTable(volumes: VolumeSummary[], options: { quiet: boolean }): string {
  const sorted = [...volumes].sort((a, b) => (naturalLess(a.Name, b.Name) ? -1 : naturalLess(b.Name, a.Name) ? 1 : 0));
  if (options.quiet) return sorted.map((volume) => `${volume.Name}\n`).join('');
  return formatRows([['DRIVER', 'VOLUME NAME'], ...sorted.map((volume) => [volume.Driver, volume.Name])]);
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * fvbommel/sortorder's NaturalLess, which the docker CLI sorts volumes with: runs of digits compare as
 * numbers (`v2` before `v10`), digits before other characters, the rest byte by byte.
 */
export function naturalLess(left: string, right: string): boolean {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const digitA = isDigit(a[i]!);
    const digitB = isDigit(b[j]!);
    if (digitA !== digitB) return digitA;
    if (!digitA) {
      if (a[i] !== b[j]) return a[i]! < b[j]!;
      i += 1;
      j += 1;
      continue;
    }
    while (i < a.length && a[i] === 0x30) i += 1;
    while (j < b.length && b[j] === 0x30) j += 1;
    const startA = i;
    const startB = j;
    while (i < a.length && isDigit(a[i]!)) i += 1;
    while (j < b.length && isDigit(b[j]!)) j += 1;
    if (i - startA !== j - startB) return i - startA < j - startB;
    const numberA = a.subarray(startA, i).toString();
    const numberB = b.subarray(startB, j).toString();
    if (numberA !== numberB) return numberA < numberB;
    // Equal numbers: the one with fewer leading zeros first.
    if (startA !== startB) return startA < startB;
  }
  return a.length < b.length;
}
