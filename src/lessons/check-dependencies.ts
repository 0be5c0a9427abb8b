/**
 * A try step that acts on a container an earlier step made (`docker exec dt-web ...` after
 * `docker run --name dt-web ...`) must say so in `needs`: otherwise, when the container is gone (its
 * sleep ended, the learner cleaned up, came back another day), the step fails with "No such container"
 * instead of offering to make it again. Read from the parsed commands, so `--filter name=dt-web` or a
 * container's name inside a quoted script is not mistaken for one.
 */
import type { ParsedCommand } from '../docker/commands/types.js';
import { ruleMessages } from '../i18n/lesson-rules.js';
import { checkMessages } from '../i18n/lessons.js';
import type { Lesson } from './model.js';
import type { Problem } from './problems.js';

/** The containers a command acts on by name (its positional words, or `--network container:NAME`). */
export function containersActedOn(command: ParsedCommand): string[] {
  switch (command.name) {
    case 'exec':
    case 'logs':
      return command.args.slice(0, 1);
    case 'start':
    case 'stop':
    case 'restart':
    case 'rm':
    case 'inspect':
      return command.args;
    case 'run': {
      const network = command.flags.network;
      const joined = typeof network === 'string' && network.startsWith('container:') ? network.slice('container:'.length) : undefined;
      return joined ? [joined] : [];
    }
    default:
      return [];
  }
}

/** `commands[i]` is step i's parsed command (undefined for other steps, or one that did not parse). */
export function findUndeclaredNeeds(lesson: Lesson, commands: readonly (ParsedCommand | undefined)[], file: string, lineOf: (tryId: string) => number): Problem[] {
  const problems: Problem[] = [];
  // Container name -> the try step that made it with `docker run --name` (and no --rm).
  const made = new Map<string, string>();
  lesson.steps.forEach((step, index) => {
    const tryStep = step.tryStep;
    const command = commands[index];
    if (!tryStep || !command) return;
    const declared = new Set(tryStep.needs.map((need) => need.container));
    // A step that expects its command to fail may be showing what happens without the container.
    const expectsFailure = tryStep.check.exitCode !== undefined && tryStep.check.exitCode !== 0;
    for (const name of containersActedOn(command)) {
      const maker = made.get(name);
      if (maker === undefined || declared.has(name) || expectsFailure) continue;
      problems.push({ file, line: lineOf(tryStep.id), message: `${checkMessages().tryBlock(tryStep.id)}: ${ruleMessages().needsUndeclared(name, maker)}` });
    }
    if (command.name === 'rm') for (const name of command.args) made.delete(name);
    const name = command.name === 'run' ? command.flags.name : undefined;
    if (typeof name === 'string' && command.flags.rm !== true) made.set(name, tryStep.id);
  });
  return problems;
}
