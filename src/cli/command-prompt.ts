/**
 * The practice prompt of a try step: it starts empty, whatever the step's mode, so that a step is never
 * passed by pressing Enter twice. When the step shows its command (copy mode), Tab or Up fills it in,
 * ready to edit or run. Enter on an empty line goes back to the step's menu. Built on Inquirer's core,
 * a direct dependency pinned to the version @inquirer/prompts itself uses.
 */
import { loadCore } from './inquirer.js';
import type { PromptContext } from './prompts.js';

export interface CommandPromptConfig {
  message: string;
  /** The command Tab or Up fills in (copy mode); none in recall mode. */
  suggestion?: string;
  /** A dim line under the prompt: which keys do what. */
  help?: string;
}

type Core = typeof import('@inquirer/core');

let core: Core | undefined;
let prompt: ((config: CommandPromptConfig, context?: PromptContext) => Promise<string>) | undefined;

function commandPrompt(): NonNullable<typeof prompt> {
  if (prompt) return prompt;
  core ??= loadCore();
  const { createPrompt, useState, useKeypress, usePrefix, isEnterKey, isTabKey, isUpKey, makeTheme } = core;
  // Made once, not at every redraw: Inquirer's makeTheme deep-merges the default theme each time.
  const theme = makeTheme({ prefix: { idle: '$', done: '$' } });
  prompt = createPrompt<string, CommandPromptConfig>((config, done) => {
    const [status, setStatus] = useState<'idle' | 'done'>('idle');
    const [value, setValue] = useState('');
    const prefix = usePrefix({ status, theme });
    useKeypress((key, rl) => {
      if (status !== 'idle') return;
      if (isEnterKey(key)) {
        const answer = value.trim();
        setValue(answer);
        setStatus('done');
        done(answer);
      } else if ((isTabKey(key) || isUpKey(key)) && config.suggestion && value.trim() === '') {
        // Tab also reached readline as a character: replace the whole line with the suggestion.
        rl.clearLine(0);
        rl.write(config.suggestion);
        setValue(config.suggestion);
      } else {
        setValue(rl.line);
      }
    });
    const message = theme.style.message(config.message, status);
    const shown = status === 'done' ? theme.style.answer(value) : value;
    const help = status === 'idle' && config.help ? theme.style.help(config.help) : '';
    return [`${prefix} ${message} ${shown}`, help];
  }) as unknown as NonNullable<typeof prompt>;
  return prompt;
}

export function askCommand(config: CommandPromptConfig, context: PromptContext = {}): Promise<string> {
  return commandPrompt()(config, context);
}
