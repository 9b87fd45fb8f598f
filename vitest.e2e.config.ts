import { defineConfig } from 'vitest/config';

// End-to-end journeys: a real server process and Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['e2e/global-setup.ts'],
    env: { TZ: 'UTC' },
  },
});
