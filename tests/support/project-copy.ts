/**
 * A copy of the project in a temporary folder (sources and content copied, node_modules linked),
 * and the build entry run in it, as `npm run build` runs it — for tests that break, interrupt or
 * race builds without touching the real dist/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './dist.ts';

const COPIED = ['src', 'scripts', 'seeds', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function projectCopy(prefix = 'edition-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// Plain output: no colour codes in what the tests read.
const env = () => buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1' });

/** The build entry in `dir`, to its end. The Node that runs the tests is 22 (node@22 package). */
export function runBuild(dir: string, args: string[] = []) {
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, encoding: 'utf8', env: env() });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** The build entry in `dir`, started; `ended` resolves with its exit code (or signal) and output. */
export function startBuild(dir: string, args: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, env: env() });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, ended };
}
