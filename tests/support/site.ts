/**
 * The built site served on 127.0.0.1 and one Chromium, for a test file: `useSite()` starts
 * both before the file's tests and stops them after. `runAxe` runs axe-core in a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { DIST } from './dist.ts';

export interface Site {
  server: StaticServer;
  browser: Browser;
}

export function useSite(): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await serveStatic(DIST);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations in the page (or in the element matched by `selector`), one line each. */
export async function runAxe(page: Page, selector?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages' Content-Security-Policy blocks those.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (scope) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(scope ? document.querySelector(scope) : document, { resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }, selector);
}
