import { defineConfig } from 'vitest/config';

/** Browser tests: headless Debian Chromium with the built extension and widget (run after the builds). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
