import { defineConfig } from 'vitest/config';

/**
 * Two projects, two speeds (README, "Tests"):
 *   unit  tests/unit/**  pure code and content, no build: the loop a developer runs after every change.
 *   site  tests/site/**  the built site: one real `astro build` in global setup, then pages, browser, builds.
 * `npm run test:unit` runs the first; `npm test` both (after the type checks); `npm run test:full`
 * both with TEST_FULL=1, which widens the site's slow exhaustive checks (axe on every page).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // The built site is made once, by the real `astro build`, before any test reads dist/.
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each browser file drives its own Chromium; two files at a time is what two cores carry.
          maxWorkers: 2,
          maxConcurrency: 4,
        },
      },
    ],
  },
});
