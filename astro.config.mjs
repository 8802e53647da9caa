// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  // Our remark/rehype plugins run on the generated MDX chapters (MDX inherits this processor).
  // Smartypants is off: the page must show each text exactly as the seed and the translation store have it.
  markdown: { processor: unified({ smartypants: false, remarkPlugins: [], rehypePlugins: [] }) },
  integrations: [edition(), mdx()],
  devToolbar: { enabled: false },
});
