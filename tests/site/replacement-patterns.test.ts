/**
 * Issue #19, 11: a search query is text, never a replacement pattern. `$&`, `$1`, `$'` and `$$`
 * typed into the search box come back as typed in the status and the no-match message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
let pool: ReturnType<typeof tabPool>;
beforeAll(() => {
  pool = tabPool(site.browser, site.server.origin, 1);
});

describe('replacement patterns in a search query', () => {
  for (const [lang, query] of [['en', '$&'], ['en', '$1'], ['zh', "$'"], ['zh', '$$']] as const) {
    it(`${lang}: “${query}” is shown as typed`, async () => {
      await pool.visit(`/${lang}/search/?q=${encodeURIComponent(query)}`, async ({ page, errors }) => {
        await page.waitForFunction(() => /\d/u.test(document.getElementById('search-status')?.textContent ?? ''));
        const status = await page.locator('#search-status').textContent();
        const none = await page.locator('.search-exact p').first().textContent();
        expect(status).toBe(lang === 'en' ? `0 exact matches for “${query}”` : `“${query}”：0 个精确匹配`);
        expect(none).toBe(lang === 'en' ? `No exact match for “${query}”.` : `没有找到“${query}”的精确匹配。`);
        expect(errors).toEqual([]);
      });
    });
  }
});
