import { defineConfig } from 'vitest/config';

// Unit and integration tests. Integration tests run on a fresh in-memory PGlite each, or on a
// fresh PostgreSQL schema each when TEST_DATABASE_URL is set (see scripts/test.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'db/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One migrated PGlite database, dumped once; each test file's starts from it.
    globalSetup: ['src/server/test-database.setup.ts'],
    env: { TZ: 'UTC' },
  },
});
