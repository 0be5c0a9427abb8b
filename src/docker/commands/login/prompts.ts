/**
 * The two questions `docker login` asks. Kept apart so that tests (and a future non-interactive
 * front end) can replace them without touching the login logic.
 */
import { input, password } from '@inquirer/prompts';
import { decodeKeysForEditing } from '../../../terminal/decode-keys.js';
import { writeThrough } from '../write-through.js';
import type { CommandContext } from '../types.js';
import { registryMessages } from '../../../i18n/registry.js';

export async function askUsername(context: CommandContext, suggestion?: string): Promise<string> {
  const m = registryMessages();
  // Bound to Inquirer's interface, the key decoder would append a paste at the end of the line.
  decodeKeysForEditing(context.stdin);
  const config = suggestion ? { message: m.usernamePrompt, default: suggestion } : { message: m.usernamePrompt };
  return (await input(config, { input: context.stdin, output: promptOutput(context.stdout) })).trim();
}

/** Masked: the password is never echoed, not even as it is typed. */
export async function askPassword(context: CommandContext): Promise<string> {
  return password({ message: registryMessages().passwordPrompt, mask: '*' }, { input: context.stdin, output: promptOutput(context.stdout) });
}

/**
 * Inquirer pipes its output into the stream it is given and ends that stream when the prompt closes.
 * Given the command's stdout itself, the first prompt would end it, and the next prompt and
 * "Login Succeeded" would be written to a closed stream and never shown: each prompt gets a stream of
 * its own that writes through and ignores the end.
 */
export function promptOutput(target: CommandContext['stdout']): CommandContext['stdout'] {
  return writeThrough(target);
}
