// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import edition from './src/integration.ts';

// The public address and sub-path of the edition: the only two settings a host needs.
// EDITION_SITE=https://example.org EDITION_BASE=/quzhou/ npm run build
const site = process.env.EDITION_SITE || undefined;
const base = process.env.EDITION_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // MDX and Markdown compile through unified (MDX inherits this processor). The edition's own remark
  // plugins run when the chapters are generated (src/edition/write-chapters.ts), so the MDX on disk is
  // already complete. Smartypants is off: a page shows each text exactly as the seed and the translations have it.
  markdown: { processor: unified({ smartypants: false, remarkPlugins: [], rehypePlugins: [] }) },
  // A sitemap needs the public address, so it is made when EDITION_SITE is set.
  integrations: [edition(), mdx(), ...(site ? [sitemap()] : [])],
  devToolbar: { enabled: false },
});
