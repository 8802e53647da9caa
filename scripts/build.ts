/** npm run build [-- --silent]: the site, its data and its search index into dist/ (src/edition/build-site.ts). */
import { buildSite } from '../src/edition/build-site.ts';

const code = await buildSite({ root: process.cwd(), silent: process.argv.includes('--silent') });
// Exit at once: Astro's build can leave handles open (a file watcher, a worker) that would keep the process alive.
process.exit(code);
