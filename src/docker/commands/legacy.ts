/** Loads a command not yet in the one-folder shape from the shared explanation and help tables. */
import { tryHelpMessages } from '../../i18n/try-help.js';
import { legacySpec } from './legacy-specs.js';
import type { CommandEntry, CommandModule } from './module.js';
import type { CommandHandler } from './types.js';

type LegacyName = Parameters<typeof legacySpec>[0];

export function legacyEntry(name: LegacyName): CommandEntry {
  const spec = legacySpec(name);
  return {
    spec,
    async load(): Promise<CommandModule> {
      const specifier = './' + name + '/execute.js';
      const { execute } = (await import(/* @vite-ignore */ specifier)) as { execute: CommandHandler };
      const { describeLegacyOutcome, describeLegacyLocalWork } = await import('./legacy-explain.js');
      return {
        spec,
        execute,
        explain: (outcome) => describeLegacyOutcome(outcome),
        explainLocal: (outcome) => describeLegacyLocalWork(outcome),
        flagHelp: (lang) => tryHelpMessages(lang).flags,
      };
    },
  };
}
