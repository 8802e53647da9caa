/**
 * Search in Chromium on the built site, end to end: a few queries (the full query table runs
 * in Node, tests/unit/search.test.ts), both languages, traditional characters, a near-miss, what a
 * first query downloads, keyboard, live region, no JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, tabPool } from '../support/browser.ts';
import { useSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { LANGUAGES } from '../../src/i18n/langs.ts';
import { RENDERING_LANG } from '../../src/edition/glossary-names.ts';
import { createExactSearch } from '../../src/scripts/exact-search.ts';
import { toSimplified } from '../../src/scripts/traditional-chinese.ts';

/** The languages as the search page hands them to its script (src/pages/[lang]/search.astro). */
const SEARCH_LANGUAGES = LANGUAGES.map(({ code, htmlLang, label }) => ({ code, htmlLang, label }));
/** The search functions over the index the build published (dist/exact-search/). */
const publishedSearch = (pageLang: string) =>
  createExactSearch({
    load: async (path) => JSON.parse(readFileSync(join(DIST, 'exact-search', path), 'utf8')),
    simplifier: async () => toSimplified,
    languages: SEARCH_LANGUAGES,
    renderingLang: RENDERING_LANG,
    pageLang,
  });

const site = useSite();
let pool: ReturnType<typeof tabPool>;
beforeAll(() => {
  pool = tabPool(site.browser, site.server.origin, 2);
});

async function searchFor(lang: string, query: string) {
  return pool.visit(`/${lang}/search/?q=${encodeURIComponent(query)}`, async ({ page, errors }) => {
    await page.waitForFunction(() => /\d/u.test(document.getElementById('search-status')?.textContent ?? ''));
    const result = await page.evaluate(() => ({
      status: document.getElementById('search-status')!.textContent,
      exact: [...document.querySelectorAll<HTMLAnchorElement>('.search-exact .search-hit a')].map((a) => ({ href: a.getAttribute('href')!, lang: a.lang, marked: a.querySelector('mark')?.textContent ?? '' })),
      cards: [...document.querySelectorAll<HTMLAnchorElement>('.search-card a')].map((a) => a.getAttribute('href')!),
    }));
    return { ...result, errors: [...errors] };
  });
}

describe('the page shows what the search functions find', () => {
  // The whole query table runs against the same functions in tests/unit/search.test.ts; here, a few rows
  // end to end: the page fetches the published data, runs the search, and links and marks the hits.
  for (const [lang, query, first, marked, card] of [
    ['zh', '五水共治', '/zh/quzhou-2015/part-1/#p1-2-s1', '五水共治', '/zh/glossary/wu-shui-gong-zhi/'],
    ['en', 'river chief', '/en/quzhou-2015/part-1/#p1-2-s3', 'river chief system', '/en/glossary/he-zhang-zhi/'],
    ['en', '112.1 billion', '/en/quzhou-2015/part-1/#p1-1-s2', '112.1 billion', undefined],
  ] as const) {
    it.concurrent(`${lang}: “${query}” → ${first}`, async ({ expect }) => {
      const { exact, cards, status, errors } = await searchFor(lang, query);
      expect(exact[0]).toEqual({ href: first, lang: lang === 'zh' ? 'zh-Hans' : 'en', marked });
      // Every hit shown (the first page of them), in order: what the search functions find in the published index.
      const search = publishedSearch(lang);
      const found = await search.find(query);
      expect(exact.map((hit) => hit.href)).toEqual((await search.texts(found.hits.slice(0, 20))).map((hit) => hit.url));
      expect(cards[0]).toBe(card);
      // The live region counts every hit.
      expect(status).toMatch(new RegExp(`(^|\\D)${found.hits.length}(\\D|$)`, 'u'));
      expect(errors).toEqual([]);
    });
  }

  it('a near-miss shows no match: no exact hit, no card, no Pagefind, and the term it misses only as a labelled suggestion', async () => {
    await pool.visit(`/zh/search/?q=${encodeURIComponent('五水共享')}`, async ({ page }) => {
      await page.waitForFunction(() => /\d/u.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.locator('#search-results .search-hit').count()).toBe(0);
      expect(await page.locator('.search-card').count()).toBe(0);
      expect(await page.locator('.search-exact p').first().textContent()).toContain('没有找到“五水共享”的精确匹配');
      const suggestion = page.locator('.search-suggestions a');
      expect(await suggestion.allTextContents()).toEqual(['五水共治']);
      expect(await page.locator('.search-suggestions h2').textContent()).toContain('并非匹配');
      expect(await page.locator('.search-exact .search-suggestions, .search-exact a').count()).toBe(0);
      const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
      // The suggestion is a new search, never a hit.
      await suggestion.click();
      await page.waitForFunction(() => document.querySelector('.search-exact .search-hit a'));
      expect(new URL(page.url()).searchParams.get('q')).toBe('五水共治');
    });
  });

  it('a query in traditional characters finds the simplified text, says so, and loads the converter only then', async () => {
    await pool.visit('/zh/search/', async ({ page }) => {
      const converter = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('traditional-chinese')));
      await page.fill('#search-q', '河长制');
      await page.waitForFunction(() => document.querySelector('.search-exact .search-hit a'));
      expect(await converter()).toBe(false);
      await page.fill('#search-q', '河長制');
      await page.waitForFunction(() => document.querySelector('.search-simplified'));
      await page.waitForFunction(() => document.querySelector('.search-exact .search-hit a'));
      expect(await page.locator('.search-simplified').textContent()).toContain('河长制');
      expect(await page.locator('.search-exact .search-hit a').first().getAttribute('href')).toBe('/zh/quzhou-2015/part-1/#p1-2-s3');
      expect(await page.locator('.search-exact .search-hit mark').first().textContent()).toBe('河长制');
      expect(await page.locator('.search-card a').first().getAttribute('href')).toBe('/zh/glossary/he-zhang-zhi/');
      expect(await converter()).toBe(true);
    });
  });
});

describe('what a first query downloads', () => {
  it('≤ 120 KB gzip, without Pagefind, for a term with many exact hits', async () => {
    await pool.visit('/zh/search/', async ({ page }) => {
      // Counted from the moment the query is typed: every response the search brings, gzip-compressed as a server would send it.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const bodies: Promise<{ url: string; gzip: number }>[] = [];
      const count = (response: import('playwright-core').Response) => bodies.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length }), () => ({ url: response.url(), gzip: 0 })));
      page.on('response', count);
      await page.fill('#search-q', '五水共治');
      await page.waitForFunction(() => /\d/u.test(document.getElementById('search-status')?.textContent ?? '') && document.querySelector('.search-exact .search-hit'));
      page.off('response', count);
      const responses = await Promise.all(bodies);
      const total = responses.reduce((sum, r) => sum + r.gzip, 0);
      expect(responses.filter((r) => r.url.includes('/exact-search/')).length).toBeGreaterThan(3);
      expect(responses.filter((r) => r.url.includes('/pagefind/') || r.url.includes('/data/'))).toEqual([]);
      expect(total, responses.map((r) => `${r.url} ${r.gzip}`).join('\n')).toBeLessThanOrEqual(120 * 1024);
      await cdp.detach();
    });
  });
});

describe('both languages', () => {
  it('a Chinese term on an English page also finds the English sentences with its rendering, labelled by language', async () => {
    const { exact } = await searchFor('en', '河长制');
    expect(exact.some((h) => h.lang === 'en' && h.marked === 'river chief system')).toBe(true);
    expect(exact.some((h) => h.lang === 'zh-Hans' && h.marked === '河长制')).toBe(true);
  });
});

describe('the search page', () => {
  it('announces results, moves through them with the arrow keys, and clears with Escape', async () => {
    await pool.visit('/zh/search/', async ({ page }) => {
      await page.fill('#search-q', '五水共治');
      await page.waitForFunction(() => /\d/u.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
      expect(new URL(page.url()).searchParams.get('q')).toBe('五水共治');
      await page.focus('.search-exact .search-hit a');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-results a')[[...document.querySelectorAll('#search-results a')].indexOf(document.querySelector('.search-exact .search-hit a')!) + 1])).toBe(true);
      await page.focus('#search-q');
      await page.keyboard.press('Escape');
      expect(await page.inputValue('#search-q')).toBe('');
      expect(await page.locator('.search-hit').count()).toBe(0);
    });
  });

  it('shows twenty hits at a time; the button brings the next, and focus goes to the first of them', async () => {
    const query = '发展';
    const total = (await publishedSearch('zh').find(query)).hits.length;
    expect(total).toBeGreaterThan(40);
    await pool.visit(`/zh/search/?q=${encodeURIComponent(query)}`, async ({ page }) => {
      await page.waitForFunction(() => /\d/u.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.locator('.search-exact .search-hit').count()).toBe(20);
      expect(await page.locator('#search-status').textContent()).toContain(String(total));
      await page.focus('.search-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.search-exact .search-hit').length === 40);
      expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.search-exact .search-hit a')[20])).toBe(true);
    });
  });

  it('without JavaScript says that search needs it, and links to the glossary and the contents', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const tab = await noScript.context.newPage();
    await tab.goto(`${site.server.origin}/en/search/?q=river`);
    const text = await tab.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    expect(await tab.locator('main a[href="/en/glossary/"]').count()).toBe(1);
    expect(await tab.locator('#search-app').isVisible()).toBe(false);
    await noScript.close();
  });

  it('loads nothing of Pagefind before a search starts', async () => {
    await pool.visit('/zh/quzhou-2015/part-1/', async ({ page }) => {
      const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(requested.filter((u) => u.includes('pagefind') || u.includes('/data/') || u.includes('/exact-search/'))).toEqual([]);
    });
  });
});
