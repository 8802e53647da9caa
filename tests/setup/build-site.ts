/** Builds the site once with the real pipeline (astro build + Pagefind) before the tests read dist/. */
import { execFileSync } from 'node:child_process';

export default function buildSite() {
  if (process.env.SKIP_BUILD === '1') return; // for quick local reruns on an existing dist/
  execFileSync('npx', ['astro', 'build', '--silent'], { stdio: 'inherit' });
}
