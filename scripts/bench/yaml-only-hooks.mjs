// Module hooks for yaml-only.mjs: yaml-lite.js resolves to a reader that always gives up, which sends
// every block to the `yaml` package, exactly as when the fast reader cannot read one.
const GIVE_UP = `data:text/javascript,${encodeURIComponent('export function readYamlLite() { return undefined; }')}`;

export async function resolve(specifier, context, next) {
  if (/(^|\/)yaml-lite\.js$/.test(specifier)) return { url: GIVE_UP, shortCircuit: true };
  return next(specifier, context);
}
