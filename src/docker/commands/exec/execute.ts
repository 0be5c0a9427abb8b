/**
 * `docker exec`: one more process in a running container. stdout and stderr stay apart (demultiplexed
 * unless -t), and the exit code is the process's own, read back from the exec instance (exit-code.ts).
 */
import type Docker from 'dockerode';
import type { Duplex } from 'node:stream';
import { DocktutorError } from '../../../errors.js';
import { containerMessages } from '../../../i18n/containers.js';
import { enterRawMode, followTerminalSize, pumpStreams, requireTerminal } from '../../engine/attach.js';
import { toDocktutorError } from '../../engine/errors.js';
import { recordRequest } from '../../engine/trace.js';
import type { CommandHandler } from '../types.js';
import { readExitCode } from './exit-code.js';
import { execCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const { flags, args } = command;
  const { docker, address } = context.connection;
  const target = args[0]!;
  const detach = flags.detach === true;
  const tty = flags.tty === true;
  const interactive = flags.interactive === true;
  const m = execCommandMessages();
  if (interactive && tty && !detach) requireTerminal(context.stdin);
  const refused = (error: unknown) => {
    const base = toDocktutorError(error, address.url, { notFound: m.noSuchContainerHint, conflict: m.notRunningHint(target) });
    return new DocktutorError(base.kind, base.message, { hint: base.hint ?? m.notRunningHint(target), exitCode: 1, cause: error });
  };
  const options: Docker.ExecCreateOptions = {
    Cmd: args.slice(1),
    AttachStdin: interactive && !detach,
    AttachStdout: !detach,
    AttachStderr: !detach,
    Tty: tty,
  };
  if (Array.isArray(flags.env)) options.Env = flags.env;
  if (typeof flags.workdir === 'string') options.WorkingDir = flags.workdir;
  if (typeof flags.user === 'string') options.User = flags.user;

  let exec: Docker.Exec;
  try {
    exec = await docker.getContainer(target).exec(options);
  } catch (error) {
    throw refused(error);
  }
  if (detach) {
    try {
      await exec.start({ Detach: true, Tty: tty });
    } catch (error) {
      throw refused(error);
    }
    return { exitCode: 0, output: '' };
  }
  let stream: Duplex;
  try {
    // Only stdin needs an upgraded (hijacked) connection; without it the output arrives as a plain response.
    stream = (await exec.start({ hijack: interactive, stdin: interactive, Detach: false, Tty: tty })) as unknown as Duplex;
    if (interactive) recordRequest({ method: 'POST', path: `/exec/${exec.id}/start`, status: 101 });
  } catch (error) {
    throw refused(error);
  }
  const restoreTerminal = tty && interactive ? enterRawMode(context.stdin) : () => undefined;
  const stopResizing = tty ? followTerminalSize(context.stdout, (size) => exec.resize(size)) : () => undefined;
  // The daemon reports a program it could not start only as a line on the exec's own output.
  let head = '';
  const watch = (chunk: Buffer) => void (head.length < 1024 && (head += chunk.toString('utf8')));
  stream.on('data', watch);
  try {
    await pumpStreams(stream, { tty, stdout: context.stdout, stderr: context.stderr, stdin: interactive ? context.stdin : undefined });
  } finally {
    stream.off('data', watch);
    restoreTerminal();
    stopResizing();
  }
  const exitCode = await readExitCode(exec, target, address.url);
  if ((exitCode === 126 || exitCode === 127) && /OCI runtime exec failed/.test(head)) {
    throw new DocktutorError('not-found', m.cannotStart(args[1] ?? '', target, exitCode), { hint: containerMessages().notExecutableHint, exitCode });
  }
  return { exitCode, output: '' };
};
