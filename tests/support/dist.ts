/** Reading the built site in dist/ for tests: its pages, parsed, and the published data. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export const DIST = 'dist';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every HTML page of the site, as its URL path (`/zh/quzhou-2015/part-1/`). `dist` is another built site (a project copy's). */
export function pagePaths(dist = DIST): string[] {
  return filesUnder(dist)
    .filter((f) => f.endsWith('.html') && !f.includes(`${dist}/pagefind`))
    .map((f) => `/${relative(dist, f)}`.replace(/index\.html$/u, ''))
    .sort();
}

export const fileOfPage = (path: string, dist = DIST) => join(dist, path, path.endsWith('/') ? 'index.html' : '');

const parsed = new Map<string, Root>();
export function page(path: string, dist = DIST): Root {
  const key = join(dist, path);
  let tree = parsed.get(key);
  if (!tree) {
    tree = fromHtml(readFileSync(fileOfPage(path, dist), 'utf8'));
    parsed.set(key, tree);
  }
  return tree;
}

export type { PublishedReport, PublishedUnit } from '../../src/edition/published-data.ts';
import type { PublishedReport } from '../../src/edition/published-data.ts';

export function publishedReports(dist = DIST): PublishedReport[] {
  return readdirSync(join(dist, 'data'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.anchors.json'))
    .map((f) => JSON.parse(readFileSync(join(dist, 'data', f), 'utf8')) as PublishedReport)
    .filter((data) => data.format?.name === 'bilingual-report');
}

/**
 * The environment for an `astro build` started from a test: vitest puts Vite's own variables
 * (BASE_URL, MODE, DEV, PROD, SSR) into process.env, and Astro would take them over its config.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[key];
  return env;
}

/**
 * A unit's text as its element shows it, with the editorial notes' markers left out by name:
 * a marker (`sup.note-ref`, remark-editorial-notes.ts) is the only element inside a unit whose text
 * is not the report's. How many were left out is returned too, so a test can check they are the unit's notes.
 */
export function unitTextOf(element: Element): { text: string; markers: number } {
  const isMarker = (node: ElementContent) => node.type === 'element' && node.tagName === 'sup' && (node.properties.className as string[] | undefined)?.includes('note-ref') === true;
  const without = (node: Element): Element => ({ ...node, children: node.children.filter((c) => !isMarker(c)).map((c) => (c.type === 'element' ? without(c) : c)) });
  return { text: toString(without(element)), markers: selectAll('sup.note-ref', element).length };
}

