// bundle/try.cjs without the docker commands that bin/docktutor.cjs never runs from it (LEFT_OUT_OF_TRY in
// bin/docktutor.cjs): in that build, the command table's `import('./build/index.js')` resolves to a module
// that says where the command runs instead, and none of the command's own code, or the packages only it
// loads, is bundled. `fired()` says which commands were left out: a table that moved leaves them all in
// (a bigger try.cjs, never a broken one), which test/bundle.test.ts catches.
import { sep } from 'node:path';

const NAMESPACE = 'docktutor-left-out';
const TABLE = `${sep}src${sep}docker${sep}commands${sep}table.ts`;

/** The plugin, for command names whose modules are `./<name>/index.js` beside src/docker/commands/table.ts. */
export function leaveOutPlugin(names) {
  const fired = new Set();
  const filter = new RegExp(`^\\./(${names.map((name) => name.replace(/[^\w-]/g, '')).join('|')})/index\\.js$`);
  return {
    fired: () => [...fired],
    plugin: {
      name: 'docktutor-leave-out',
      setup(build) {
        build.onResolve({ filter }, (args) => {
          if (!args.importer.endsWith(TABLE)) return undefined;
          const name = filter.exec(args.path)[1];
          fired.add(name);
          return { path: name, namespace: NAMESPACE };
        });
        build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
          contents: `throw new Error(${JSON.stringify(`bundle/try.cjs does not hold \`docker ${args.path}\`: bin/docktutor.cjs runs it from bundle/main.cjs`)});\n`,
          loader: 'js',
        }));
      },
    },
  };
}
