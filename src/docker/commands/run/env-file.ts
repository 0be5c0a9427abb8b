/**
 * `docker run --env-file FILE`: KEY=VALUE lines, read as the docker CLI 28 reads them (pkg/kvfile):
 * a UTF-8 byte order mark dropped, leading white space dropped, `#` lines and empty lines skipped, the
 * value kept exactly (quotes and trailing spaces included), a bare KEY taking the client's own value
 * or left out when the client has none. Refusals carry the docker CLI's wording and exit code 125.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DocktutorError } from '../../../errors.js';
import { runCommandMessages } from './messages.js';

export async function readEnvFile(file: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code);
    throw refused(`open ${file}: ${reason}`);
  }
  try {
    return parseEnvFile(bytes, env);
  } catch (error) {
    throw refused(`invalid env file (${file}): ${(error as Error).message}`);
  }
}

export function parseEnvFile(bytes: Buffer, env: NodeJS.ProcessEnv): string[] {
  const lines: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let number = 1; start < bytes.length; number += 1) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    // bufio.ScanLines drops the \r of a \r\n ending.
    const raw = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    start = end + 1;
    let line: string;
    try {
      line = decoder.decode(raw).replace(/^\s+/u, '');
    } catch {
      throw new Error(`invalid utf8 bytes at line ${number}: [${[...raw].join(' ')}]`);
    }
    if (line === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    const key = equals < 0 ? line : line.slice(0, equals);
    if (key === '') throw new Error(`no variable name on line '${line}'`);
    if (/[ \t]/.test(key)) throw new Error(`variable '${key}' contains whitespaces`);
    if (equals >= 0) lines.push(line);
    else if (env[key] !== undefined) lines.push(`${key}=${env[key]}`);
  }
  return lines;
}

function refused(message: string): DocktutorError {
  return new DocktutorError('usage', message, { hint: runCommandMessages().envFileHint, exitCode: 125 });
}
