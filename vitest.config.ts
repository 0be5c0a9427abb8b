import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    reporters: ['default', './test/helpers/daemon-reporter.ts'],
    // Daemon tests build and pull real images; a slow shared machine needs room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Output that is not a terminal wraps at COLUMNS, else 80. Tests about what a message says read it on
    // one line; tests about layout (fit-width, lessons-show) set the width they check.
    env: { COLUMNS: '1000' },
  },
});
