/**
 * The one way the site is built: `npm run build`, `npm start` and the tests' build all come here
 * (scripts/build.ts is its command line). It runs Astro's build (whose staging, swap and lock are
 * in staged-output.ts, so a bare `astro build` is just as safe) and reports how it ended:
 *   - a problem in the input (an EditionError: file, line or entry, what was expected) or another
 *     build holding the lock: that one line, exit code 1 — no hook banner, no location, no stack;
 *   - anything else is a bug: Astro's hook banner, the stack and its causes, exit code 1.
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { releaseHeldBack } from './build-log.ts';

const BUILD_LOG = fileURLToPath(new URL('./build-log.ts', import.meta.url));

/**
 * The edition's own errors. Matched by name, not instanceof: Astro loads the integration through
 * Vite's module runner, so its EditionError is another instance of the class than ours.
 */
const isEditionError = (error: unknown): error is Error => error instanceof Error && error.name === 'EditionError';

export interface BuildOptions {
  root: string;
  /** Only errors, as `astro build --silent`. */
  silent?: boolean;
}

/** Builds the site; returns the exit code after printing what went wrong, if anything. */
export async function buildSite({ root, silent = false }: BuildOptions): Promise<number> {
  try {
    await build({ root, logLevel: silent ? 'silent' : 'info', logger: { entrypoint: BUILD_LOG } });
    return 0;
  } catch (error) {
    if (isEditionError(error)) {
      process.stderr.write(`${error.message}\n`);
    } else {
      releaseHeldBack();
      process.stderr.write(`${inspect(error)}\n`);
    }
    return 1;
  }
}
