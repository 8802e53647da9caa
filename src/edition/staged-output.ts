/**
 * Never destroy a good site. Astro writes pages one by one into its outDir, so a build stopped
 * halfway (Ctrl-C, a crash, a failing step after the pages) would leave a half-written dist/.
 * Two integrations, one listed first and one last in astro.config.mjs, make every build —
 * `npm run build` and a bare `astro build` alike — write into a staging folder beside dist/
 * and put it in place only when it is complete (pages, data, search index, sitemap):
 *   begin   takes the build lock (build-lock.ts) before anything is written, puts back a site
 *           left aside by a build that died mid-swap, removes old staging, points outDir at staging
 *   finish  after every other integration's astro:build:done, swaps the staging folder into dist/
 * A build that fails or is interrupted exits with dist/ as it was; its staging folder is removed
 * on the way out (or, after a hard kill, by the next build).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acquireBuildLock, type BuildLock } from './build-lock.ts';

/** The folders beside an output folder: the build being written, and the published site set aside during the swap. */
export function stagingFolders(outDir: string) {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { staging: join(parent, `.${name}-staging`), previous: join(parent, `.${name}-previous`) };
}

/** A build that died between the two renames of `publish` left no outDir and the old site complete beside it. */
export function recoverInterrupted(outDir: string) {
  const { staging, previous } = stagingFolders(outDir);
  if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
  rmSync(previous, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Puts a complete build in place of the published one. rename(2) replaces one directory entry
 * atomically, but POSIX has no call that exchanges two non-empty directories (Linux's renameat2
 * with RENAME_EXCHANGE is not in Node), so this is two renames back to back: the old site aside,
 * the new one in, then the old one removed. Both renames are synchronous, so no signal handler can
 * run between them (Node runs those on the event loop); only a hard kill or a power cut in that
 * instant leaves no dist/, and then the old site stands complete in `previous`, which the next
 * build puts back first (recoverInterrupted). So dist/ is always the old complete site or the new one.
 */
export function publish(staging: string, outDir: string) {
  const { previous } = stagingFolders(outDir);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function stagedOutput(): { begin: AstroIntegration; finish: AstroIntegration } {
  let build: { outDir: string; staging: string; lock: BuildLock; published: boolean } | undefined;

  // Interrupted or failed: remove what was staged and let go of the lock. Synchronous, for the 'exit' event.
  const cleanUp = () => {
    if (!build) return;
    if (!build.published) rmSync(build.staging, { recursive: true, force: true });
    build.lock.release();
    process.off('exit', cleanUp);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  // Without a handler Node would die on the signal at once, skipping the 'exit' event.
  const onSignal = (signal: NodeJS.Signals) => process.exit(128 + constants.signals[signal]);

  const begin: AstroIntegration = {
    name: 'edition-staged-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir).replace(/\/$/u, '');
        const lock = await acquireBuildLock(fileURLToPath(config.root));
        if (lock.tookOverFrom) logger.warn(`took over the build lock of pid ${lock.tookOverFrom.pid} (started ${lock.tookOverFrom.since}), which is no longer running`);
        const { staging } = stagingFolders(outDir);
        build = { outDir, staging, lock, published: false };
        process.on('exit', cleanUp);
        for (const signal of SIGNALS) process.on(signal, onSignal);
        recoverInterrupted(outDir);
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'edition-staged-output-finish',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Its astro:build:done must come after every integration that writes into the build.
        if (config.integrations.at(-1)?.name !== finish.name) throw new Error(`${finish.name} must be the last integration in astro.config.mjs`);
      },
      'astro:build:done': ({ logger }) => {
        if (!build) return;
        const lost = build.lock.lost();
        if (lost) throw new Error(`the build lock was taken over by another build while this one ran (${lost.message}): not publishing`);
        publish(build.staging, build.outDir);
        build.published = true;
        logger.info(`published into ${basename(build.outDir)}/`);
        cleanUp();
        build = undefined;
      },
    },
  };

  return { begin, finish };
}
