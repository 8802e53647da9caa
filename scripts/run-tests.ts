/**
 * npm test — the type checks, then both vitest projects (unit, then the built site).
 * npm run test:full — the same with `--full`: the site's exhaustive checks too (TEST_FULL=1).
 *
 * Every other argument goes to `vitest run`, so `.ci/run` can append its reporters. A type
 * error stops the run before any test, with one line naming the check that failed.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const full = args.includes('--full');
const vitestArgs = args.filter((a) => a !== '--full');

// TypeScript 7 (the native compiler, fast) for tsc; `astro check` needs TypeScript 6's programmatic
// API, which is the `typescript` package. Both ship a `tsc` binary, so this one is named by its path.
// astro check runs first: it writes .astro/types.d.ts (astro sync), which tsc reads for `astro:content`.
const TYPE_CHECKS: [name: string, command: string, args: string[]][] = [
  ['astro check', 'node_modules/.bin/astro', ['check']],
  ['tsc --noEmit', 'node_modules/@typescript/native/bin/tsc', ['--noEmit']],
];

for (const [name, command, commandArgs] of TYPE_CHECKS) {
  const run = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`\nnpm test: ${name} failed (${run.error?.message ?? `exit ${run.status}`}): the type errors are listed above; no test was run.`);
    process.exit(1);
  }
}

const vitest = spawnSync('node_modules/.bin/vitest', ['run', ...vitestArgs], {
  stdio: 'inherit',
  env: full ? { ...process.env, TEST_FULL: '1' } : process.env,
});
process.exit(vitest.status ?? 1);
