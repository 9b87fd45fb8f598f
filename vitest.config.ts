import { defineConfig } from 'vitest/config';

// Unit and integration tests. Integration tests run on a fresh in-memory PGlite each, or on a
// fresh PostgreSQL schema each when TEST_DATABASE_URL is set (see scripts/test.ts).
//
// Files are not isolated: a worker imports the app's modules once and runs file after file in
// them (each file still makes its own database and app). That halves the suite's CPU time (the
// imports were most of it). So module state must not leak between files: caches are keyed by
// ids that are new in every file, and what a test must start without is reset by the test
// (`forgetLoadedMessages`). Two workers: while one file waits on a child process or a timer,
// the other runs.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    // One migrated PGlite database, dumped once; each test file's starts from it.
    globalSetup: ['src/server/test-database.setup.ts'],
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'db/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/platform/web/web-test-setup.ts'],
        },
      },
    ],
  },
});
