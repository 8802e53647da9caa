/**
 * Content-Security-Policy (issue #19, item 12), in Chromium on the built site: every page carries
 * the strict policy as a <meta http-equiv>, first in its <head>; one page of each template loads with no violation
 * report and no console error or warning, and its scripts still work under it — the inline
 * before-paint script, the theme toggle, the cite panel, a search whose looser matches come from
 * Pagefind's WebAssembly. A canary proves the listener would see a violation if there were one.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspOfPage } from '../../src/site/csp-header.ts';
import { DIST, fileOfPage, pagePaths } from '../support/dist.ts';
import { useSite, type Site } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const site = useSite();

/** The policy of a built page, directive by directive. */
function policyOf(path: string): Map<string, string[]> {
  const html = readFileSync(fileOfPage(path), 'utf8');
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/giu)];
  expect(metas, `${path}: one CSP meta`).toHaveLength(1);
  // A meta policy governs only what follows it: it must come first in <head>, after the charset.
  expect(html.slice(html.indexOf('<head>'), metas[0]!.index), `${path}: the CSP meta first in <head>`).toBe('<head><meta charset="utf-8">');
  return new Map(
    metas[0]![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the policy in every page', () => {
  const pages = pagePaths();
  it('is there, strict, and the same in every page', () => {
    expect(pages.length).toBeGreaterThan(300);
    const first = policyOf(pages[0]!);
    expect(first.get('default-src')).toEqual(["'self'"]);
    expect(first.get('object-src')).toEqual(["'none'"]);
    expect(first.get('base-uri')).toEqual(["'self'"]);
    const scripts = first.get('script-src')!;
    expect(scripts).toContain("'self'");
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const styles = first.get('style-src')!;
    expect(styles.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    for (const path of pages) expect(policyOf(path), path).toEqual(first);
  });
});

interface Watched {
  page: Page;
  violations: () => Promise<string[]>;
  console: string[];
}

/** A new tab on `path`, listening for CSP violation reports (from before the first script) and console errors and warnings. */
async function open(path: string, { browser, server }: Site = site): Promise<Watched> {
  const page = await browser.context.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
  });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return { page, console, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

async function expectClean(watched: Watched) {
  expect(await watched.violations()).toEqual([]);
  expect(watched.console).toEqual([]);
  // The inline before-paint script ran: its hash is in the policy.
  expect(await watched.page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
  await watched.page.close();
}

describe('each template under the policy', () => {
  it('the listener sees a violation when there is one (an injected inline script is blocked)', async () => {
    const watched = await open('/zh/');
    await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.canaryRan = true';
      document.head.append(script);
    });
    await watched.page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    expect(await watched.violations()).toEqual([expect.stringMatching(/^script-src-elem blocked inline/u)]);
    expect(await watched.page.evaluate(() => 'canaryRan' in window)).toBe(false);
    await watched.page.close();
  });

  for (const path of ['/', '/zh/', '/en/quzhou-2015/', '/zh/quzhou-2015/part-2/parallel/', '/en/glossary/', '/zh/glossary/wu-shui-gong-zhi/', '/en/figures/']) {
    it(`${path}: no violation, no console error`, async () => {
      await expectClean(await open(path));
    });
  }

  it('chapter: the theme toggle and the cite panel work', async () => {
    const watched = await open('/en/quzhou-2015/part-1/');
    const { page } = watched;
    // The page's colours follow the toggle (the stylesheet, allowed as 'self', applies them).
    const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const before = await paper();
    await page.click('.theme-toggle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(dark|light)$/u);
    expect(await paper()).not.toBe(before);
    await page.click('a.cite[href="#p1-1-s2"]');
    await page.waitForFunction(() => document.getElementById('cite-panel')?.matches('dialog:modal'));
    // The panel's script filled in the sentence's permalink.
    expect(await page.locator('#cite-panel [data-format="permalink"]').textContent()).toBe(`${site.server.origin}/en/quzhou-2015/part-1/#p1-1-s2`);
    await expectClean(watched);
  });

  it('search: exact matches and Pagefind’s looser matches appear', async () => {
    await expectSearchWorks(await open('/en/search/?q=river%20chief'));
  });
});

/** Pagefind's looser matches come by themselves after few exact hits, else when the reader asks for them. */
async function askForLooseMatches(page: Watched['page']) {
  await page.waitForSelector('.search-exact .search-hit a');
  await page.waitForSelector('.search-loose');
  const ask = page.locator('.search-loose-button');
  if ((await ask.count()) > 0) await ask.click();
}

async function expectSearchWorks(watched: Watched) {
  const { page } = watched;
  await askForLooseMatches(page);
  // Pagefind searches with its WebAssembly: no looser matches without it.
  await page.waitForSelector('.search-loose .search-hit a', { timeout: 15_000 });
  expect(await page.locator('.search-loose .search-hit').count()).toBeGreaterThan(0);
  await expectClean(watched);
}

/*
 * Pagefind compiles its WebAssembly in a worker (pagefind-worker.js), and a worker does not inherit
 * the page's <meta> policy: it takes the policy of its own response's headers. So 'wasm-unsafe-eval'
 * matters where the host sends the header (README) — on every response, the worker's included.
 */
describe('served with the HTTP header of `npm run csp:header` on every response', () => {
  const servers: StaticServer[] = [];
  const serveWith = async (policy: string) => {
    const server = await serveStatic(DIST, { headers: { 'content-security-policy': policy } });
    servers.push(server);
    return { browser: site.browser, server };
  };
  const policy = () => cspOfPage(readFileSync(fileOfPage('/'), 'utf8'));
  const QUERY = '/zh/search/?q=%E4%BA%94%E6%B0%B4%E5%85%B1%E6%B2%BB';
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('Pagefind still searches: its worker runs under the header and may compile WebAssembly', async () => {
    await expectSearchWorks(await open(QUERY, await serveWith(policy())));
  });

  it('without \'wasm-unsafe-eval\' it could not (the check above can fail)', async () => {
    const watched = await open(QUERY, await serveWith(policy().replace(" 'wasm-unsafe-eval'", '')));
    await askForLooseMatches(watched.page);
    await watched.page.waitForFunction(() => !document.querySelector('.search-loose') || document.querySelector('.search-loose .search-hit'), undefined, { timeout: 15_000 });
    expect(await watched.page.locator('.search-loose .search-hit').count()).toBe(0);
    expect(watched.console.join('\n')).toMatch(/Failed to load the Pagefind WASM[^\n]*\n[^\n]*violates the following Content Security policy/u);
    await watched.page.close();
  });
});
