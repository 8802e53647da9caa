/**
 * The build lock: a second build in the same folder is refused with the pid of the one that holds
 * it; a lock left by a process that no longer runs is taken over at once. Other processes are
 * real ones (a child Node that takes the lock), as two builds would be.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { acquireBuildLock } from '../../src/edition/build-lock.ts';

const MODULE = pathToFileURL(join(process.cwd(), 'src/edition/build-lock.ts')).href;

/** Runs `body` in another Node process with `acquireBuildLock` imported; returns what it printed. */
function inChild(root: string, body: string) {
  const code = `import { acquireBuildLock } from ${JSON.stringify(MODULE)};\nconst root = ${JSON.stringify(root)};\n${body}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return { status: run.status, signal: run.signal, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

/** A new empty folder, removed when the test ends. */
function freshFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'edition-lock-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

describe('the build lock', () => {
  it('refuses a second build while one holds it, naming its pid, and writes nothing', async () => {
    const root = freshFolder();
    const lock = await acquireBuildLock(root);
    try {
      const before = readdirSync(root).sort();
      const second = inChild(root, `try { await acquireBuildLock(root); console.log('acquired'); } catch (e) { console.log(e.name + ': ' + e.message); }`);
      expect(second.stdout).toMatch(new RegExp(`^EditionError: \\.build\\.lock: another build \\(pid ${process.pid}, started \\d\\d:\\d\\d:\\d\\d\\) holds this folder's build lock`, 'u'));
      expect(readdirSync(root).sort()).toEqual(before);
    } finally {
      lock.release();
    }
    expect(readdirSync(root)).toEqual([]);
  });

  it('is free again once released', async () => {
    const root = freshFolder();
    (await acquireBuildLock(root)).release();
    const next = inChild(root, `const lock = await acquireBuildLock(root); console.log(JSON.parse((await import('node:fs')).readFileSync(root + '/.build.lock.json', 'utf8')).pid === process.pid); lock.release();`);
    expect(next.stdout).toBe('true');
  });

  it('takes over the lock of a build that was killed', async () => {
    const root = freshFolder();
    // A build that dies without a chance to clean up (SIGKILL) leaves its lock behind.
    const killed = inChild(root, `await acquireBuildLock(root); console.log(process.pid); process.kill(process.pid, 'SIGKILL');`);
    expect(killed.signal).toBe('SIGKILL');
    const deadPid = Number(killed.stdout);
    expect(existsSync(join(root, '.build.lock'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, '.build.lock.json'), 'utf8')).pid).toBe(deadPid);

    const lock = await acquireBuildLock(root);
    expect(lock.tookOverFrom?.pid).toBe(deadPid);
    expect(JSON.parse(readFileSync(join(root, '.build.lock.json'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(readdirSync(root)).toEqual([]);
  });
});
