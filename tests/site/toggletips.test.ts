/**
 * Glossary toggletips in Chromium: keyboard (Enter, Space), Escape and focus return, the screen reader's
 * name and state, touch, axe with one open, no layout shift; without JavaScript a term is a link to its
 * entry. A term's definition is not in the page: the page's one toggletip is filled from the report's
 * toggletip file, which must hold every term its pages mark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { launchBrowser } from '../support/browser.ts';
import { runAxe, useSite } from '../support/site.ts';
import { edition } from '../support/edition.ts';
import { DIST, page, pagePaths } from '../support/dist.ts';
import type { TermTips } from '../../src/scripts/toggletips.ts';

const site = useSite();

const tipOpen = '#term-tip:popover-open';
const tipFile = (lang: string, report: string) => JSON.parse(readFileSync(join(DIST, lang, report, 'toggletips.json'), 'utf8')) as TermTips;

for (const lang of ['zh', 'en'] as const) {
  describe(`toggletips on /${lang}/quzhou-2015/part-1/`, () => {
    it('open with Enter from the keyboard, close with Escape, and give focus back to the term; Space opens too', async () => {
      const tab = await site.browser.context.newPage();
      await tab.goto(`${site.server.origin}/${lang}/quzhou-2015/part-1/`);
      // Tab through the page until a glossary term has the focus.
      let focused = '';
      for (let i = 0; i < 200 && focused !== 'term'; i++) {
        await tab.keyboard.press('Tab');
        focused = await tab.evaluate(() => (document.activeElement?.classList.contains('term') ? 'term' : ''));
      }
      expect(focused).toBe('term');
      const term = await tab.evaluate(() => (document.activeElement as HTMLElement).dataset.term!);
      const entry = tipFile(lang, 'quzhou-2015')[term]!;
      expect(await tab.locator(tipOpen).count()).toBe(0);
      await tab.keyboard.press('Enter');
      await tab.waitForSelector(tipOpen);
      // Enter opened the toggletip in place (no jump to the entry's page), showing this term.
      expect(new URL(tab.url()).pathname).toBe(`/${lang}/quzhou-2015/part-1/`);
      expect(await tab.locator('#term-tip .toggletip-term').textContent()).toBe(entry.term);
      await tab.keyboard.press('Escape');
      expect(await tab.locator(tipOpen).count()).toBe(0);
      expect(await tab.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBe(term);
      await tab.keyboard.press('Space');
      await tab.waitForSelector(tipOpen);
      await tab.keyboard.press('Escape');
      await tab.close();
    });

    it('announce the term as a button by its text, collapsed then expanded', async () => {
      const tab = await site.browser.context.newPage();
      await tab.goto(`${site.server.origin}/${lang}/quzhou-2015/part-1/`);
      const name = edition.glossary.byId.get('wu-shui-gong-zhi')![lang === 'zh' ? 'term' : 'en'];
      const term = tab.getByRole('button', { name, exact: true }).first();
      expect(await term.getAttribute('aria-expanded')).toBe('false');
      await term.click();
      await tab.waitForSelector(tipOpen);
      expect(await tab.getByRole('button', { name, exact: true, expanded: true }).count()).toBe(1);
      await term.click();
      expect(await tab.locator(tipOpen).count()).toBe(0);
      expect(await term.getAttribute('aria-expanded')).toBe('false');
      await tab.close();
    });

    it('show term, pinyin, rendering, definition and a working link; axe finds nothing with one open; nothing moves', async () => {
      const tab = await site.browser.context.newPage();
      await tab.goto(`${site.server.origin}/${lang}/quzhou-2015/part-1/`);
      const term = tab.locator('a.term[data-term="wu-shui-gong-zhi"]').first();
      // Where the text stands in the document (not the viewport, which scrolls to the clicked term).
      const position = () => tab.evaluate(() => {
        const box = document.getElementById('p1-2-s1')!.getBoundingClientRect();
        return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
      });
      const before = await position();
      await term.click();
      const tip = tab.locator('#term-tip');
      await tab.waitForSelector(tipOpen);
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.locator('.toggletip-term').textContent()).toBe('五水共治');
      expect(await tip.locator('.toggletip-pinyin').textContent()).toBe('wǔ shuǐ gòngzhì');
      expect(await tip.locator('.toggletip-en').textContent()).toBe(edition.glossary.byId.get('wu-shui-gong-zhi')!.en);
      expect(await tip.locator('.toggletip-definition').textContent()).toBe(edition.glossary.byId.get('wu-shui-gong-zhi')!.short[lang]);
      // Beside the term it belongs to, not somewhere on the page.
      const [termBox, tipBox] = [(await term.boundingBox())!, (await tip.boundingBox())!];
      expect(Math.abs(tipBox.y - (termBox.y + termBox.height))).toBeLessThan(40);
      expect(await position()).toEqual(before);
      expect(await runAxe(tab, '#term-tip')).toEqual([]);
      // Another term: the same toggletip, now with that term.
      const other = tab.locator('a.term[data-term="san-gai-yi-chai"]').first();
      await other.click();
      await expect.poll(() => tip.locator('.toggletip-term').textContent()).toBe('三改一拆');
      expect(await tab.locator(tipOpen).count()).toBe(1);
      await tip.locator('a').click();
      await tab.waitForURL(`**/${lang}/glossary/san-gai-yi-chai/`);
      await tab.close();
    });
  });
}

describe('toggletips by touch, and without JavaScript', () => {
  it('open by a tap on a phone, inside the screen', async () => {
    const phone = await launchBrowser({ viewport: { width: 360, height: 740 } });
    const tab = await phone.context.newPage();
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
    const tip = tab.locator('#term-tip');
    expect(await tip.isVisible()).toBe(false);
    await tab.locator('a.term[data-term="wu-shui-gong-zhi"]').first().click();
    await tab.waitForSelector(tipOpen);
    expect(await tip.locator('.toggletip-term').textContent()).toBe('五水共治');
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await phone.close();
  });

  it('with scripts off, a tapped term leads to its entry, which gives the definition', async () => {
    const phone = await launchBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const tab = await phone.context.newPage();
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
    await tab.locator('a.term[data-term="wu-shui-gong-zhi"]').first().click();
    await tab.waitForURL('**/zh/glossary/wu-shui-gong-zhi/');
    expect(await tab.locator('main').textContent()).toContain(edition.glossary.byId.get('wu-shui-gong-zhi')!.short.zh);
    await phone.close();
  });
});

describe('the terms of the pages and the toggletip files', () => {
  const chapterPages = pagePaths().filter((p) => /^\/(zh|en)\/[^/]+\/(part|appendix)-\d+\/(parallel\/)?$/u.test(p));

  it('every term a chapter marks has its toggletip in its report’s file, in the page’s language', () => {
    expect(chapterPages.length).toBeGreaterThan(10);
    const missing: string[] = [];
    let terms = 0;
    for (const path of chapterPages) {
      const [, lang, report] = path.split('/');
      const tips = tipFile(lang!, report!);
      for (const term of selectAll('a.term', page(path))) {
        terms++;
        if (!tips[String(term.properties.dataTerm)]) missing.push(`${path} ${String(term.properties.dataTerm)}`);
      }
    }
    expect(terms).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('a term is a link to its entry, marked once per sentence; its definition is not in the page', () => {
    for (const lang of ['zh', 'en'] as const) {
      const tree = page(`/${lang}/quzhou-2015/part-1/`);
      const links = selectAll('a.term', tree);
      for (const link of links.filter((l) => !String(l.properties.dataTerm).startsWith('explained-'))) {
        expect(link.properties.href).toBe(`/${lang}/glossary/${String(link.properties.dataTerm)}/`);
      }
      const repeats = selectAll('.s', tree).flatMap((s) => {
        const keys = selectAll('a.term', s).map((l) => String(l.properties.dataTerm));
        return keys.filter((key, i) => keys.indexOf(key) !== i);
      });
      expect(repeats).toEqual([]);
      expect(selectAll('[popover].toggletip', tree)).toHaveLength(1);
      const definition = edition.glossary.byId.get('wu-shui-gong-zhi')!.short[lang]!;
      expect(readFileSync(join(DIST, lang, 'quzhou-2015', 'part-1', 'index.html'), 'utf8')).not.toContain(definition);
    }
  });
});
