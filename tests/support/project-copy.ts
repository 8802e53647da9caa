/**
 * A copy of the project in a temporary folder, for a build or a server of its own — other
 * settings, broken or changed content, a second clean build, an interrupted or racing build —
 * that never touches this checkout's dist/, .generated/ or caches, so it can run while other tests read dist/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEnv } from './dist.ts';

const ASTRO_CLI = resolve('node_modules/astro/bin/astro.mjs');
const PROJECT_FILES = ['src', 'scripts', 'seeds', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function projectCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `edition-${prefix}-`));
  for (const entry of PROJECT_FILES) cpSync(entry, join(dir, entry), { recursive: true });
  // node_modules is a folder of links to this checkout's packages, not one link to the folder: Astro
  // keeps its content store in node_modules/.astro, which must be the copy's own.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** What a previous good build left in a copy's dist/ (see withPreviousSite). */
export const PREVIOUS_SITE = 'previous build';

/** Gives a copy a previous build's output, which a failed or interrupted build must leave as it was: dist/index.html holds PREVIOUS_SITE. */
export function withPreviousSite(dir: string): string {
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), PREVIOUS_SITE);
  return dir;
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without colours. */
  output: string;
}

// Plain output: no colour codes in what the tests read.
const plainEnv = (extra: Record<string, string> = {}) => buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1', ...extra });

/** `astro build` in `dir` (a project copy), without blocking the test worker while it runs. */
export function astroBuild(dir: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
  return new Promise((done, fail) => {
    // Astro's own CLI under this Node (npx would add an npm process to every build).
    const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...args], { cwd: dir, env: plainEnv(env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

/** The build entry in `dir`, to its end, as `npm run build` runs it. The Node that runs the tests is 22 (node@22 package). */
export function runBuild(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, encoding: 'utf8', env: plainEnv(env) });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** The build entry in `dir`, started; `ended` resolves with its exit code (or signal) and output. */
export function startBuild(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, env: plainEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, ended };
}
