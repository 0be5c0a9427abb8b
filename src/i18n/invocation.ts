import { defineMessages } from './index.js';

/**
 * Reading docktutor's own options off the command line, before any command loads: a table of its own,
 * so that `--version` and `learn` do not load the docker command line's messages.
 */
export const invocationMessages = defineMessages(
  {
    globalNeedsValue: (flag: string) => `flag ${flag} needs a value`,
  },
  {
    globalNeedsValue: (flag: string) => `${flag} 플래그에는 값이 필요합니다`,
  },
);
