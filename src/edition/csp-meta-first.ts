/**
 * A Content-Security-Policy given by <meta http-equiv> governs only what the parser meets after
 * it, and Astro renders that meta at the end of <head>: after the layout's inline script and the
 * pages' head metadata, JSON-LD included, which a policy must cover too. So, once the pages are
 * written, this moves the meta of every page to just after <meta charset>, the first thing in <head>.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/iu;
const CHARSET_META = /<meta charset="utf-8">/iu;

/** The page with its CSP meta moved right after its charset meta; a page without either is a bug in the layout. */
export function moveCspMetaFirst(html: string, file: string): string {
  const meta = CSP_META.exec(html)?.[0];
  if (!meta) throw new Error(`${file}: no Content-Security-Policy meta (is security.csp on in astro.config.mjs?)`);
  if (!CHARSET_META.test(html)) throw new Error(`${file}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
  return html.replace(meta, '').replace(CHARSET_META, (charset) => charset + meta);
}

const htmlFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFilesUnder(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });

export function cspMetaFirst(): AstroIntegration {
  return {
    name: 'edition-csp-meta-first',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFilesUnder(fileURLToPath(dir))) writeFileSync(file, moveCspMetaFirst(readFileSync(file, 'utf8'), file));
      },
    },
  };
}
