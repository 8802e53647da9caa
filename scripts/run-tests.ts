/**
 * npm test — the type checks, then both vitest projects (unit, and site on the built site).
 * npm run test:full — the same with `--full`: the site's exhaustive checks too (TEST_FULL=1).
 *
 * Every other argument goes to `vitest run`, so `.ci/run` can append its reporters. A type
 * error stops the run before any test, with one line naming the check that failed.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const full = args.includes('--full');
const vitestArgs = args.filter((a) => a !== '--full');

// astro check reads the .astro components (tsconfig.astro-check.json) and tsc every .ts file. astro check
// runs first: it writes .astro/types.d.ts (astro sync), which tsc reads for `astro:content`. It needs
// TypeScript 6's programmatic API (the `typescript` package); tsc is TypeScript 7, the native compiler.
// Both packages ship a `tsc` binary, so TypeScript 7's is named by its path. Every tool runs under this
// Node (22, from the node@22 package), whatever `node` is first on the PATH.
const TYPE_CHECKS: [name: string, script: string, args: string[]][] = [
  ['astro check', 'node_modules/astro/bin/astro.mjs', ['check', '--tsconfig', 'tsconfig.astro-check.json']],
  ['tsc --noEmit', 'node_modules/@typescript/native/bin/tsc', ['--noEmit']],
];

for (const [name, script, scriptArgs] of TYPE_CHECKS) {
  const run = spawnSync(process.execPath, [script, ...scriptArgs], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`\nnpm test: ${name} failed (${run.error?.message ?? `exit ${run.status}`}): the type errors are listed above; no test was run.`);
    process.exit(1);
  }
}

const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...vitestArgs], {
  stdio: 'inherit',
  env: full ? { ...process.env, TEST_FULL: '1' } : process.env,
});
process.exit(vitest.status ?? 1);
