/**
 * Keys for a node:readline interface that edits a line. The first interface made on a stream becomes the
 * one its key decoder tells "these keys are a paste" (node:readline's emitKeypressEvents binds it once per
 * stream), and that interface then takes every pasted character but the last by a shortcut: appended to
 * the end of the line whatever the cursor's place, and written without noticing a wrap to the next row.
 * Text pasted mid-line lands in the wrong place (`ps -a`, cursor after `ps `, paste `XYZ ` gives
 * `ps -aX YZ`), and a pasted line that wraps is redrawn a row too low at the next Home or arrow.
 * Binding the decoder first, to no interface, leaves every interface on the path typed keys take.
 */
import { emitKeypressEvents } from 'node:readline';

export function decodeKeysForEditing(input: NodeJS.ReadableStream): void {
  // A no-op once the stream has its decoder (from here, a menu or the pager).
  emitKeypressEvents(input);
}
