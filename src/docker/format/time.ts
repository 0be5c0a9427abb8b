/**
 * Durations the way the docker CLI writes them (go-units HumanDuration), ported rule for rule so that
 * `docktutor try docker ps` and `docker ps` print the same CREATED column.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** `About a minute`, `3 hours`, `2 weeks`; a negative duration (clock skew) reads as under a second. */
export function formatHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  // Hours round to the nearest, unlike the smaller units (go-units adds 0.5 before truncating).
  const hours = Math.trunc(ms / HOUR + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`;
}

/** The CREATED column: `2 hours ago`, from a Unix timestamp in seconds as the Engine API gives it. */
export function formatCreatedSince(createdSeconds: number, nowMs: number): string {
  return `${formatHumanDuration(nowMs - createdSeconds * SECOND)} ago`;
}
