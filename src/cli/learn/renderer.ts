/**
 * The lesson renderer (marked, marked-terminal) on demand: the lesson menu comes up without it, and
 * the first step shown loads it once.
 */
import '../../lessons/lazy-highlight.js';

type Renderer = typeof import('../../lessons/render.js');

let loading: Promise<Renderer> | undefined;

export function loadRenderer(): Promise<Renderer> {
  loading ??= import('../../lessons/render.js');
  return loading;
}
