import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The built site is made once, by the real `astro build`, before any test reads dist/.
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one Chromium; files run one at a time on this 2-core machine.
    fileParallelism: false,
    maxConcurrency: 4,
  },
});
