/**
 * The site project's builds, made once before any test reads them, side by side (two processes on
 * two cores): the default site into dist/ with the real pipeline (the build entry: staged astro build
 * + Pagefind), and the variant copy (tests/support/variant-copy.ts), handed to the test files as
 * `inject('variant')`. The variant copy's folder is removed when the run ends.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildEnv } from '../support/dist.ts';
import { buildVariantCopy } from '../support/variant-copy.ts';

function buildDefaultSite(): Promise<void> {
  // SKIP_BUILD=1 reuses an existing dist/ for a quick local rerun of some tests (the variant copy, in a temporary
  // folder, is built all the same); CI never sets it.
  if (process.env.SKIP_BUILD === '1') return Promise.resolve();
  // The same entry as `npm run build`, run by the Node that runs the tests (22, from the node@22 package).
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--silent'], { stdio: 'inherit', env: buildEnv() });
    child.on('error', reject);
    child.on('close', (status, signal) => (status === 0 ? resolve() : reject(new Error(`the build of the site failed (${signal ?? `exit ${status}`}): its errors are above`))));
  });
}

export default async function buildSites(project: TestProject) {
  const [site, variant] = await Promise.allSettled([buildDefaultSite(), buildVariantCopy()]);
  if (variant.status === 'fulfilled' && site.status === 'rejected') rmSync(variant.value.dir, { recursive: true, force: true });
  if (site.status === 'rejected') throw site.reason;
  if (variant.status === 'rejected') throw variant.reason;
  project.provide('variant', variant.value);
  const removeVariantCopy = variant.value.dir;
  return () => rmSync(removeVariantCopy, { recursive: true, force: true });
}
