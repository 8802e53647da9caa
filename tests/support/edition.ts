/**
 * The edition as the build loads it — the seeds and content of this checkout, checked — for
 * tests that need no build. One loader call per test file; nothing here reads dist/.
 */
import { loadEdition } from '../../src/edition/load-edition.ts';

export const edition = loadEdition(process.cwd());
