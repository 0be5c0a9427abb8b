/**
 * Text from the daemon, a build or an image (labels, output, file names) shown as text: control
 * characters, escape sequences included, are written out (`\x1b`) instead of reaching the terminal.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
