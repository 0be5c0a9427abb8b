/**
 * The two questions `docker login` asks. Kept apart so that tests (and a future non-interactive
 * front end) can replace them without touching the login logic.
 */
import { input, password } from '@inquirer/prompts';
import type { CommandContext } from './commands/types.js';
import { registryMessages } from '../i18n/registry.js';

export async function askUsername(context: CommandContext, suggestion?: string): Promise<string> {
  const m = registryMessages();
  const config = suggestion ? { message: m.usernamePrompt, default: suggestion } : { message: m.usernamePrompt };
  return (await input(config, { input: context.stdin, output: context.stdout })).trim();
}

/** Masked: the password is never echoed, not even as it is typed. */
export async function askPassword(context: CommandContext): Promise<string> {
  return password({ message: registryMessages().passwordPrompt, mask: '*' }, { input: context.stdin, output: context.stdout });
}
