#!/usr/bin/env node
// `node bin/docktutor.js`, as the docs and the tests run docktutor: the installed command is
// bin/docktutor.cjs (package.json's `bin`), which this runs.
import launcher from './docktutor.cjs';

launcher.launch();
