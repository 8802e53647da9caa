/**
 * Search in Chromium on the built site, end to end: a few queries (the full query table runs
 * in Node, tests/unit/search.test.ts), both languages, keyboard, live region, no JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, tabPool } from '../support/browser.ts';
import { useSite } from '../support/site.ts';
import { DIST, publishedReports } from '../support/dist.ts';
import { LANGUAGES } from '../../src/i18n/langs.ts';
import { RENDERING_LANG } from '../../src/edition/glossary-names.ts';

/** The languages as the search page hands them to its script (src/pages/[lang]/search.astro). */
const SEARCH_LANGUAGES = LANGUAGES.map(({ code, htmlLang, label }) => ({ code, htmlLang, label }));
import { exactHits, type Entry } from '../../src/scripts/exact-search.ts';

const site = useSite();
const glossaryEntries = (JSON.parse(readFileSync(join(DIST, 'data', 'glossary.json'), 'utf8')) as { entries: Entry[] }).entries;
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
      // Every hit, in order: what the search functions find in the published data (dist/data/).
      expect(exact.map((hit) => hit.href)).toEqual(exactHits(publishedReports(), glossaryEntries, query, lang, SEARCH_LANGUAGES, RENDERING_LANG).map((hit) => hit.unit.url[hit.lang]));
      expect(cards[0]).toBe(card);
      // The live region counts what the page lists.
      expect(status).toMatch(new RegExp(`(^|\\D)${exact.length}(\\D|$)`, 'u'));
      expect(errors).toEqual([]);
    });
  }

  it('a near-miss shows no exact match and no card', async () => {
    const { exact, cards } = await searchFor('zh', '五水共享');
    expect(exact).toEqual([]);
    expect(cards).toEqual([]);
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
      expect(requested.filter((u) => u.includes('pagefind') || u.includes('/data/'))).toEqual([]);
    });
  });
});
