// `node --import ./scripts/bench/yaml-only.mjs bin/docktutor.js lessons --check DIR`: the same check with
// the hand-written YAML reader switched off, so that every block is read by the `yaml` package. The
// benchmark uses it to show what src/lessons/yaml-lite.ts saves; docktutor itself has no such switch.
import { register } from 'node:module';

register('./yaml-only-hooks.mjs', import.meta.url);
