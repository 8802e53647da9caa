/** Builds the site once with the real pipeline (the build entry: staged astro build + Pagefind) before the tests read dist/. */
import { execFileSync } from 'node:child_process';
import { buildEnv } from '../support/dist.ts';

export default function buildSite() {
  // SKIP_BUILD=1 reuses an existing dist/ for a quick local rerun of some tests; CI never sets it.
  if (process.env.SKIP_BUILD === '1') return;
  // The same entry as `npm run build`, run by the Node that runs the tests (22, from the node@22 package).
  execFileSync(process.execPath, ['scripts/build.ts', '--silent'], { stdio: 'inherit', env: buildEnv() });
}
