/**
 * One build at a time in a project folder. Two builds at once share `.generated/`, Astro's caches
 * and the staging folder, and corrupt each other; so the second one stops, before it writes
 * anything, with a message that names the build holding the lock.
 *
 * proper-lockfile makes the lock with mkdir (atomic, on network file systems too) and keeps its
 * mtime fresh while the build runs, so the lock of a build that died goes stale by itself and is
 * taken over. Beside it we record who holds it (pid, host, start): for the message, and so that a
 * lock whose process is gone from this host is taken over at once rather than after the stale time.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';
import { EditionError } from '../pipeline/edition-error.ts';
import { editionPaths } from './paths.ts';

/** A build whose event loop stalls this long (it never should) loses its lock to the next one. */
const STALE_MS = 30_000;
const UPDATE_MS = 5_000;

export interface Owner {
  pid: number;
  host: string;
  since: string;
}

export interface BuildLock {
  /** The build whose lock this one took over because its process was gone. */
  tookOverFrom: Owner | undefined;
  /** Set when another process took the lock over (ours went stale): the build must not publish. */
  lost(): Error | undefined;
  /** Synchronous, so that it can run in a process 'exit' handler. Safe to call twice. */
  release(): void;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readOwner(file: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
    return typeof owner.pid === 'number' ? owner : undefined;
  } catch {
    return undefined;
  }
}

const isLocked = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ELOCKED';

function lockedError(lockPath: string, owner: Owner | undefined): EditionError {
  const who = owner
    ? `another build (pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, started ${owner.since})`
    : 'another build (just starting)';
  return new EditionError(lockPath, undefined, `${who} holds this folder's build lock: wait for it to finish, then build again`);
}

export async function acquireBuildLock(root: string): Promise<BuildLock> {
  const { buildLock, buildLockOwner } = editionPaths(root);
  let lost: Error | undefined;
  let tookOverFrom: Owner | undefined;
  const options = { lockfilePath: buildLock, realpath: false, stale: STALE_MS, update: UPDATE_MS, onCompromised: (error: Error) => (lost = error) };
  const displayLock = '.build.lock';
  try {
    await lockfile.lock(root, options);
  } catch (error) {
    if (!isLocked(error)) throw error;
    const owner = readOwner(buildLockOwner);
    if (!owner || owner.host !== hostname() || isRunning(owner.pid)) throw lockedError(displayLock, owner);
    // The build that held it is gone (killed, or the machine restarted): take its lock over.
    tookOverFrom = owner;
    rmSync(buildLockOwner, { force: true });
    rmSync(buildLock, { recursive: true, force: true });
    try {
      await lockfile.lock(root, options);
    } catch (retried) {
      if (isLocked(retried)) throw lockedError(displayLock, readOwner(buildLockOwner));
      throw retried;
    }
  }
  const owner: Owner = { pid: process.pid, host: hostname(), since: new Date().toTimeString().slice(0, 8) };
  writeFileSync(buildLockOwner, `${JSON.stringify(owner)}\n`);
  let released = false;
  return {
    tookOverFrom,
    lost: () => lost,
    release() {
      if (released) return;
      released = true;
      // A lost lock (and its owner file) now belongs to the build that took it over.
      if (lost) return;
      rmSync(buildLockOwner, { force: true });
      lockfile.unlockSync(root, { lockfilePath: buildLock, realpath: false });
    },
  };
}
