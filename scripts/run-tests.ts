/**
 * npm test — the type checks and both vitest projects (unit, and site on the built site), side by side.
 * npm run test:full — the same with `--full`: the site's exhaustive checks too (TEST_FULL=1).
 *
 * Every other argument goes to `vitest run`, so `.ci/run` can append its reporters. The type checks
 * run at the same time as the tests, in a copy of the project: `astro check` writes `.astro/` (it syncs
 * first), which the site build in this folder writes too, and two writers of one file could each read
 * the other's half-written copy. Their output is printed when the tests end; any failure fails the run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

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

/** The project's files (tracked, and new ones not ignored), in a temporary folder; node_modules as links to each package, as tests/support/project-copy.ts makes it. */
function copyForTypeChecks(): string {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`npm test: git ls-files failed (the type checks copy the files git knows): ${listed.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), 'edition-typecheck-'));
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Runs the checks one after the other in `dir`; resolves with the first failure (its name and output) or undefined. */
async function typeCheck(dir: string): Promise<{ name: string; output: string } | undefined> {
  for (const [name, script, scriptArgs] of TYPE_CHECKS) {
    const result = await new Promise<{ status: number | null; output: string }>((done) => {
      const child = spawn(process.execPath, [script, ...scriptArgs], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', (error) => done({ status: null, output: error.message }));
      child.on('close', (status) => done({ status, output }));
    });
    if (result.status !== 0) return { name, output: result.output };
  }
  return undefined;
}

const copy = copyForTypeChecks();
const checks = typeCheck(copy);
const vitest = new Promise<number>((done) => {
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...vitestArgs], {
    stdio: 'inherit',
    env: full ? { ...process.env, TEST_FULL: '1' } : process.env,
  });
  child.on('close', (status) => done(status ?? 1));
});

const [failed, vitestStatus] = await Promise.all([checks, vitest]);
rmSync(copy, { recursive: true, force: true });
if (failed) {
  console.error(`\n${failed.output.trim()}\n\nnpm test: ${failed.name} failed: the type errors are listed above.`);
  process.exit(1);
}
console.log(`\nnpm test: ${TYPE_CHECKS.map(([name]) => name).join(' and ')} passed.`);
process.exit(vitestStatus);
