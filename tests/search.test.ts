/**
 * Search in Chromium on the built site: a table of queries with the sentence each must
 * return first; near-misses that must find no exact match; glossary cards; both languages;
 * keyboard; no JavaScript.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, tabPool } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();
let pool: ReturnType<typeof tabPool>;
beforeAll(() => {
  pool = tabPool(site.browser, site.server.origin, 2);
});

/** [page language, query, anchor of the first exact result (in the page's language), glossary entry shown as a card] */
const QUERIES: [string, string, string, string | null][] = [
  ['zh', '五水共治', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['zh', '三改一拆', 'p1-2-s1', 'san-gai-yi-chai'],
  ['zh', '四换三名', 'p1-1-s14', 'si-huan-san-ming'],
  ['zh', '四单一网', 'p1-5-s3', 'si-dan-yi-wang'],
  ['zh', '腾笼换鸟', 'p1-1-s15', 'teng-long-huan-niao'],
  ['zh', '河长制', 'p1-2-s3', 'he-zhang-zhi'],
  ['zh', '两化', 'p1-1-s14', 'liang-hua-rong-he'],
  ['zh', '大禹鼎', 'p1-2-s6', 'da-yu-ding'],
  ['zh', '黄标车', 'p1-2-s11', 'huang-biao-che'],
  ['zh', '新常态', 'p1-s8', 'xin-chang-tai'],
  ['zh', '美丽乡村', 'p1-3-s15', 'mei-li-xiang-cun'],
  ['zh', '劣V类水质', 'p2-5-s6', 'lie-v-lei-shui-zhi'],
  ['zh', '千人计划', 'p1-1-s13', 'qian-ren-ji-hua'],
  ['zh', '衢宁铁路', 'p1-1-s8', 'qu-ning-tie-lu'],
  ['zh', '江郎山', 'p1-1-s21', 'jiang-lang-shan'],
  ['zh', '572.8', 'p1-2-s8', null],
  ['zh', '1121', 'p1-1-s2', null],
  ['zh', '288', 'p1-2-s11', null],
  ['zh', 'river chief', 'p1-2-s3', 'he-zhang-zhi'],
  ['zh', 'Harnessing Five Waters', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['en', '五水共治', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['en', 'river chief', 'p1-2-s3', 'he-zhang-zhi'],
  ['en', 'Four Lists and One Network', 'p1-5-s3', 'si-dan-yi-wang'],
  ['en', '112.1 billion', 'p1-1-s2', null],
  ['en', 'ecological barrier', 'p1-s2', 'sheng-tai-ping-zhang'],
];
/** Strings near a term that must not be taken for it. */
const NEAR_MISSES = ['五水共享', '治河', '三改一建', '四换一名'];

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

describe('the query table', () => {
  for (const [lang, query, first, card] of QUERIES) {
    it.concurrent(`${lang}: “${query}” → ${first}`, async ({ expect }) => {
      const { exact, cards, errors } = await searchFor(lang, query);
      expect(exact.length).toBeGreaterThan(0);
      expect(exact[0]!.href).toBe(`/${lang}/quzhou-2015/${/^p(\d)/u.exec(first)?.[1] ? `part-${/^p(\d)/u.exec(first)![1]}` : 'part-1'}/#${first}`);
      expect(exact[0]!.lang).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
      expect(exact[0]!.marked.length).toBeGreaterThan(0);
      if (card) expect(cards[0]).toBe(`/${lang}/glossary/${card}/`);
      else expect(cards).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('near-misses are never exact', () => {
  for (const query of NEAR_MISSES) {
    it.concurrent(`“${query}” has no exact match and no glossary card`, async ({ expect }) => {
      const { exact, cards } = await searchFor('zh', query);
      expect(exact).toEqual([]);
      expect(cards).toEqual([]);
    });
  }
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
