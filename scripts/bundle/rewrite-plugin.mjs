// Rewrites declared in the build (rules.mjs REWRITES): a text a dependency's module contains, replaced by
// one that does the same work faster. Like the deferrals, a rule names what it expects to find: a release
// that changes the text simply leaves the module as it came (slower, never broken), and `missed()` says
// which rules found nothing, for a warning.
import { readFile } from 'node:fs/promises';
import { packageOf } from './defer-plugin.mjs';

/**
 * The plugin, for rules `{ from, file, find, replace }` (`file`: a pattern the module's path ends with).
 * `missed()`: the rules that found their text nowhere; `passedOver()`: modules a rule names (a second copy
 * of the package, of another version) that were bundled without its text, as `{ rule, path }`.
 */
export function rewritePlugin(rules) {
  const fired = new Set();
  const passed = [];
  return {
    missed: () => rules.filter((rule) => !fired.has(rule)),
    passedOver: () => [...passed],
    plugin: {
      name: 'docktutor-rewrite',
      setup(build) {
        build.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, async (args) => {
          const path = args.path.replaceAll('\\', '/');
          const mine = rules.filter((rule) => packageOf(path) === rule.from && rule.file.test(path));
          if (mine.length === 0) return undefined;
          let contents = await readFile(args.path, 'utf8');
          for (const rule of mine) {
            if (!contents.includes(rule.find)) {
              passed.push({ rule, path });
              continue;
            }
            contents = contents.replaceAll(rule.find, rule.replace);
            fired.add(rule);
          }
          return { contents, loader: 'js' };
        });
      },
    },
  };
}
