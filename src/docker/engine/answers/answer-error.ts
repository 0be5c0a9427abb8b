/** The one error for a daemon answer docktutor cannot use: cut off, too large, not JSON, or of another shape. */
import { DocktutorError } from '../../../errors.js';
import { daemonMessages } from '../../../i18n/docker.js';

/** `reason` is the short form the docker CLI prints ("unexpected EOF"); `field` is set when the shape was wrong. */
export class DaemonAnswerError extends DocktutorError {
  constructor(
    message: string,
    readonly reason: string,
    readonly field?: string,
  ) {
    super('daemon', message, { hint: daemonMessages().badAnswerHint });
    this.name = 'DaemonAnswerError';
  }
}
