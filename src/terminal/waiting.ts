/**
 * The moment a session (learn, the quiz, the practice prompt) has shown its first screen and waits for
 * the learner's first key: said once, as the process event 'docktutor:waiting'. bin/docktutor.cjs tunes
 * V8 for the rest of the session from then on (see SESSION_FLAGS there), so that the tuning costs the
 * first screen nothing; run unbundled, nothing listens.
 */
export const WAITING_EVENT = 'docktutor:waiting';

let said = false;

export function waitingForTheLearner(): void {
  if (said) return;
  said = true;
  (process as NodeJS.EventEmitter).emit(WAITING_EVENT);
}
