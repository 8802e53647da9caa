/**
 * The pages' one inline script, and its hash for the Content-Security-Policy. It must run before
 * the first paint — a module script runs after it, and the page would flash the wrong colours and
 * shift when the JavaScript-only controls appear — so it cannot be a file of its own. The policy
 * (astro.config.mjs) allows exactly these bytes by their hash, and the layout renders exactly these bytes.
 */
import { createHash } from 'node:crypto';

/** Marks that scripts run (class `js`) and applies the colour scheme the reader chose (scripts/theme.ts keeps it). */
export const BEFORE_PAINT_SCRIPT = `document.documentElement.classList.add('js');
try {
  const theme = localStorage.getItem('edition-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch {}`;

/** A CSP source expression for an inline script or style: `sha256-<base64 digest>`. */
export const cspHash = (source: string): `sha256-${string}` => `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
