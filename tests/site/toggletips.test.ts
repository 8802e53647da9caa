/** Glossary toggletips in Chromium: keyboard, Escape and focus return, touch, axe with one open, no layout shift, no JavaScript. */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { runAxe, useSite } from '../support/site.ts';
import { edition } from '../support/edition.ts';

const site = useSite();

const isOpen = (id: string) => `document.getElementById(${JSON.stringify(id)}).matches(':popover-open')`;

for (const lang of ['zh', 'en'] as const) {
  describe(`toggletips on /${lang}/quzhou-2015/part-1/`, () => {
    it('open with Enter from the keyboard, close with Escape, and give focus back to the term', async () => {
      const tab = await site.browser.context.newPage();
      await tab.goto(`${site.server.origin}/${lang}/quzhou-2015/part-1/`);
      // Tab through the page until a glossary term has the focus.
      let focused = '';
      for (let i = 0; i < 200 && focused !== 'term'; i++) {
        await tab.keyboard.press('Tab');
        focused = await tab.evaluate(() => (document.activeElement?.classList.contains('term') ? 'term' : ''));
      }
      expect(focused).toBe('term');
      const target = await tab.evaluate(() => document.activeElement!.getAttribute('popovertarget')!);
      expect(await tab.evaluate(isOpen(target))).toBe(false);
      await tab.keyboard.press('Enter');
      expect(await tab.evaluate(isOpen(target))).toBe(true);
      await tab.keyboard.press('Escape');
      expect(await tab.evaluate(isOpen(target))).toBe(false);
      expect(await tab.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(target);
      await tab.close();
    });

    it('show term, pinyin, rendering, definition and a working link; axe finds nothing with one open; nothing moves', async () => {
      const tab = await site.browser.context.newPage();
      await tab.goto(`${site.server.origin}/${lang}/quzhou-2015/part-1/`);
      const button = tab.locator('button.term[popovertarget="term-wu-shui-gong-zhi"]').first();
      // Where the text stands in the document (not the viewport, which scrolls to the clicked term).
      const position = () => tab.evaluate(() => {
        const box = document.getElementById('p1-2-s1')!.getBoundingClientRect();
        return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
      });
      const before = await position();
      await button.click();
      const tip = tab.locator('#term-wu-shui-gong-zhi');
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.locator('.toggletip-term').textContent()).toBe('五水共治');
      expect(await tip.locator('.toggletip-pinyin').textContent()).toBe('wǔ shuǐ gòngzhì');
      expect(await tip.locator('.toggletip-definition').textContent()).toBe(edition.glossary.byId.get('wu-shui-gong-zhi')!.short[lang]);
      expect(await position()).toEqual(before);
      expect(await runAxe(tab, '#term-wu-shui-gong-zhi')).toEqual([]);
      await tip.locator('a').click();
      await tab.waitForURL(`**/${lang}/glossary/wu-shui-gong-zhi/`);
      await tab.close();
    });
  });
}

describe('toggletips without JavaScript and by touch', () => {
  it('open by a tap on a phone, with scripts off', async () => {
    const phone = await launchBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const tab = await phone.context.newPage();
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
    const tip = tab.locator('#term-wu-shui-gong-zhi');
    expect(await tip.isVisible()).toBe(false);
    await tab.locator('button.term[popovertarget="term-wu-shui-gong-zhi"]').first().click();
    expect(await tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await phone.close();
  });

  it('mark repeated terms of one sentence once as a button', async () => {
    const tab = await site.browser.context.newPage();
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
    const repeats = await tab.evaluate(() =>
      [...document.querySelectorAll('.s')].flatMap((s) => {
        const ids = [...s.querySelectorAll('button.term')].map((b) => b.getAttribute('popovertarget'));
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      }),
    );
    expect(repeats).toEqual([]);
    expect(await tab.evaluate(() => document.querySelectorAll('[id^="term-"]').length)).toBe(
      await tab.evaluate(() => new Set([...document.querySelectorAll('button.term')].map((b) => b.getAttribute('popovertarget'))).size),
    );
    await tab.close();
  });
});
