import { defineConfig } from 'vitest/config';
import SerialChainsFirst from './tests/setup/sequencer.ts';

/**
 * Two projects, two speeds (README, "Tests"):
 *   unit  tests/unit/**  pure code and content, no build: the loop a developer runs after every change.
 *   site  tests/site/**  the built site: one real `astro build` in global setup, then pages, browser, builds.
 * `npm run test:unit` runs the first; `npm test` both (after the type checks); `npm run test:full`
 * both with TEST_FULL=1, which widens the site's slow exhaustive checks (axe on every page).
 */
export default defineConfig({
  test: {
    // Two files at a time: what this project's 2-core machines carry (a browser, or a build, per file).
    maxWorkers: 2,
    // Generous: a timeout only catches a test that hangs (speed is measured by `npm run bench`),
    // and this machine is often shared.
    testTimeout: 60_000,
    // The tests change no shared state (builds run in project copies, content is only read): the files
    // of a worker share one module graph, so the edition is loaded and each page parsed once per worker.
    isolate: false,
    sequence: { sequencer: SerialChainsFirst },
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
          hookTimeout: 180_000,
          maxConcurrency: 4,
        },
      },
    ],
  },
});
