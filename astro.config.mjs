// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import edition from './src/integration.ts';
import { stagedOutput } from './src/edition/staged-output.ts';
import { cspMetaFirst } from './src/edition/csp-meta-first.ts';
import { BEFORE_PAINT_SCRIPT, cspHash } from './src/site/inline-scripts.ts';

// The public address and sub-path of the edition: the only two settings a host needs.
// EDITION_SITE=https://example.org EDITION_BASE=/quzhou/ npm run build
const site = process.env.EDITION_SITE || undefined;
const base = process.env.EDITION_BASE || '/';

// Every build writes into a staging folder and replaces dist/ only when complete, under a lock
// (src/edition/staged-output.ts): its first half must run before anything writes, its second after.
const output = stagedOutput();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No Markdown or MDX: the edition's remark plugins run when the chapters are written (src/edition/write-chapters.ts),
  // and each chapter is an HTML file its page reads (src/pipeline/chapter-html.ts), not a module of the bundle.
  // No syntax highlighting either (the edition has no code): Shiki's inline styles would need 'unsafe-inline',
  // and Astro warns of that on every build while it is on.
  markdown: { syntaxHighlight: false },
  // A sitemap needs the public address, so it is made when EDITION_SITE is set. It lists pages, not the
  // JSON the pages' scripts fetch (toggletips.json, sentences.json).
  integrations: [output.begin, edition(), ...(site ? [sitemap({ filter: (page) => !page.endsWith('.json') })] : []), cspMetaFirst(), output.finish],
  devToolbar: { enabled: false },
  // Content-Security-Policy, as a <meta http-equiv> in every page (README, "Content-Security-Policy"),
  // moved to the top of <head> by cspMetaFirst() so that it covers everything after <meta charset>.
  // Astro adds script-src and style-src with the hash of every script and style it bundles; the
  // one inline script of the layout is added by its own hash. 'wasm-unsafe-eval' lets Pagefind
  // compile its WebAssembly (it allows WebAssembly only, not eval). No 'unsafe-inline' anywhere.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(BEFORE_PAINT_SCRIPT)] },
    },
  },
});
