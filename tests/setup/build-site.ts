/** Builds the site once with the real pipeline (astro build + Pagefind) before the tests read dist/. */
import { execFileSync } from 'node:child_process';
import { buildEnv } from '../support/dist.ts';

export default function buildSite() {
  // SKIP_BUILD=1 reuses an existing dist/ for a quick local rerun of some tests; CI never sets it.
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npx', ['astro', 'build', '--silent'], { stdio: 'inherit', env: buildEnv() });
}
