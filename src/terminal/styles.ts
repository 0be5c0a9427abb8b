/**
 * Which colours and styles are open at a point of a line, so that a break can close them and the next
 * line reopen them: a terminal keeps a style across a line break, a pager or a copy does not.
 */
/** Which SGR styles are open, so that a break can close them and the next line reopen them. */
export class StyleState {
  private open = new Map<string, string>();

  apply(sequence: string): void {
    const match = /^\u001b\[([0-9;]*)m$/.exec(sequence);
    if (!match) return;
    const params = match[1]!;
    if (params === '' || params === '0') {
      this.open.clear();
      return;
    }
    const code = Number(params.split(';')[0]);
    const closes = CLOSERS.get(code);
    if (closes !== undefined) this.open.set(String(closes) + ':' + params, sequence);
    else for (const key of [...this.open.keys()]) if (key.startsWith(`${code}:`)) this.open.delete(key);
  }

  close(): string {
    return this.open.size > 0 ? '\u001b[0m' : '';
  }

  reopen(): string {
    return [...this.open.values()].join('');
  }
}

/** Opening SGR code -> the code that closes it. */
const CLOSERS = new Map<number, number>([
  [1, 22], [2, 22], [3, 23], [4, 24], [7, 27], [8, 28], [9, 29],
  ...range(30, 39).map((code): [number, number] => [code, 39]),
  ...range(90, 98).map((code): [number, number] => [code, 39]),
  ...range(40, 49).map((code): [number, number] => [code, 49]),
  ...range(100, 108).map((code): [number, number] => [code, 49]),
]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
