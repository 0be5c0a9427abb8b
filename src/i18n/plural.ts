/** English counts: "1 question", "2 questions". Korean counts need no plural and do not use this. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
