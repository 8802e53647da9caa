/** Reading and citing in Chromium: the language switch keeps your place, parallel view, citations, permalinks, print. */
import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { page, publishedReports, unitTextOf } from '../support/dist.ts';
import { runAxe, useSite } from '../support/site.ts';
import { sentenceCitations } from '../support/citations.ts';
import { edition } from '../support/edition.ts';

const report = publishedReports().find((r) => r.report.slug === 'quzhou-2015')!;
const site = useSite();

describe('the language switch keeps your place', () => {
  for (const [from, to] of [['zh', 'en'], ['en', 'zh']] as const) {
    it(`${from} → ${to}: the anchor in the address, and the sentence in view`, async () => {
      const tab = await site.browser.context.newPage();
      await tab.goto(`${site.server.origin}/${from}/quzhou-2015/part-2/#p2-3-s5`);
      await tab.click('a.lang-switch');
      await tab.waitForURL(`**/${to}/quzhou-2015/part-2/#p2-3-s5`);
      // Scrolled to a sentence with no hash: the first sentence on screen travels.
      await tab.goto(`${site.server.origin}/${to}/quzhou-2015/part-3/`);
      await tab.evaluate(() => document.getElementById('p3-2-s4')!.scrollIntoView({ block: 'start' }));
      const expected = await tab.evaluate(() => {
        const units = [...document.querySelectorAll('.report-text :is(.s, h1, h2)[id]')];
        return units.find((u) => u.getBoundingClientRect().bottom > 0)!.id;
      });
      // A click where the reader is (Playwright's own click would first scroll the link into view).
      await tab.evaluate(() => document.querySelector<HTMLElement>('a.lang-switch')!.click());
      await tab.waitForURL(`**/${from}/quzhou-2015/part-3/#${expected}`);
      const box = await tab.locator(`[id="${expected}"]`).boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(-1);
      expect(box!.y).toBeLessThan(900);
      await tab.close();
    });
  }
});

describe('parallel view', () => {
  it('pairs each sentence with its translation, with the page language’s anchors', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const unit of report.units.filter((_, i) => i % 17 === 0)) {
        const tree = page(`/${lang}/quzhou-2015/${unit.chapter}/parallel/`);
        const own = select(`[id="${unit.id}"]`, tree)!;
        const pair = select(`[data-pair="${unit.id}"]`, tree)!;
        const zh = lang === 'zh' ? own : pair;
        const en = lang === 'zh' ? pair : own;
        expect(unitTextOf(zh).text, unit.id).toBe(unit.zh);
        expect(unitTextOf(en).text, unit.id).toBe(unit.en ?? unit.zh);
      }
    }
  });
});

describe('cite any sentence', () => {
  it('gives the exact citation of §1.1, s.2 in each format, copies the permalink, and passes axe with the panel open', async () => {
    const tab = await site.browser.context.newPage();
    await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await tab.clock.setFixedTime(new Date('2026-11-27T10:00:00'));
    await tab.goto(`${site.server.origin}/en/quzhou-2015/part-1/`);
    // The cite link is reachable from the keyboard: focus it and press Enter.
    await tab.focus('a.cite[href="#p1-1-s2"]');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => document.getElementById('cite-panel')!.matches(':popover-open'))).toBe(true);
    expect(tab.url()).toBe(`${site.server.origin}/en/quzhou-2015/part-1/#p1-1-s2`);
    const shown = await tab.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLElement>('#cite-panel [data-format]')].map((e) => [e.dataset.format, e.textContent])),
    );
    expect(shown).toEqual(sentenceCitations(site.server.origin));
    await tab.click('#cite-panel [data-copy="permalink"]');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.origin}/en/quzhou-2015/part-1/#p1-1-s2`);
    expect(await tab.locator('.cite-status').textContent()).toBe('Copied');
    expect(await runAxe(tab)).toEqual([]);
    await tab.keyboard.press('Escape');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#p1-1-s2');
    await tab.close();
  });

  it('cites in Chinese by GB/T 7714 on Chinese pages', async () => {
    const tab = await site.browser.context.newPage();
    await tab.clock.setFixedTime(new Date('2026-11-27T10:00:00'));
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
    await tab.click('a.cite[href="#p1-1-s2"]');
    expect(await tab.locator('#cite-panel [data-format="gbt"]').textContent()).toBe(
      `衢州市人民政府. 2015年衢州市政府工作报告[R/OL]. 衢州: 衢州市人民政府, 2015: §1.1 第2句[2026-11-27]. ${site.server.origin}/zh/quzhou-2015/part-1/#p1-1-s2.`,
    );
    await tab.close();
  });
});

describe('print', () => {
  it('hides the interface and prints each sentence’s anchor beside it', async () => {
    const tab = await site.browser.context.newPage();
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-1/`);
    await tab.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.chapter-toc', '.chapter-pager']) expect(await tab.locator(chrome).isVisible(), chrome).toBe(false);
    // Each sentence prints its id after it: the generated content is the id attribute.
    const after = await tab.evaluate(() => getComputedStyle(document.getElementById('p1-1-s2')!, '::after').content);
    expect(after).toMatch(/attr\(id\)|p1-1-s2/u);
    await tab.emulateMedia({ media: 'screen' });
    expect(await tab.evaluate(() => getComputedStyle(document.getElementById('p1-1-s2')!, '::after').content)).toBe('none');
    await tab.close();
  });
});

describe('metadata for reference managers', () => {
  it('puts Highwire, Dublin Core and JSON-LD on every report page: a part page names its part; the translation is dated by the edition', () => {
    for (const path of ['/zh/quzhou-2015/', '/en/quzhou-2015/', '/zh/quzhou-2015/part-2/', '/en/quzhou-2015/part-2/']) {
      const tree = page(path);
      const meta = (name: string) => select(`meta[name="${name}"]`, tree)?.properties.content;
      const zh = path.startsWith('/zh/');
      const title = zh ? '2015年衢州市政府工作报告' : 'Report on the Work of the Quzhou Municipal Government (2015)';
      const part = path.includes('part-2') ? unitTextOf(select('[id="p2"]', tree)!).text.trim() : undefined;
      expect(meta('citation_title'), path).toBe(part ? `${title}${zh ? '：' : ', '}${part}` : title);
      expect(meta('citation_publication_date'), path).toBe(zh ? '2015/02/09' : edition.meta.date.replaceAll('-', '/'));
      expect(meta('DC.creator'), path).toBe(zh ? '衢州市人民政府' : "Quzhou Municipal People's Government");
      const ld = JSON.parse(String((select('script[type="application/ld+json"]', tree)!.children[0] as { value: string }).value));
      expect(ld['@type']).toBe('Report');
      expect(ld.datePublished).toBe(zh ? '2015-02-09' : edition.meta.date);
    }
  });
});
