/** Reading and citing in Chromium: the language switch keeps your place, parallel view, citations, permalinks, print. */
import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { page, publishedReports, unitTextOf } from '../support/dist.ts';
import { runAxe, useSite } from '../support/site.ts';
import { sentenceCitations } from '../support/citations.ts';
import { launchBrowser } from '../support/browser.ts';
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
        // The first sentence the reader can see: below the sticky header bar.
        const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
        return units.find((u) => u.getBoundingClientRect().bottom > top)!.id;
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
    expect(await tab.evaluate(() => document.getElementById('cite-panel')!.matches('dialog:modal'))).toBe(true);
    expect(tab.url()).toBe(`${site.server.origin}/en/quzhou-2015/part-1/#p1-1-s2`);
    expect(await tab.evaluate(() => document.activeElement!.closest('#cite-panel') !== null)).toBe(true);
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

  for (const width of [390, 1280]) {
    it(`at ${width} px, by keyboard: focus goes into the panel, Tab stays in it, Escape and Close return to ¶; the address holds the anchor`, async () => {
      const tab = await site.browser.context.newPage();
      await tab.setViewportSize({ width, height: 844 });
      await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-2/`);
      const cite = 'a.cite[href="#p2-3-s5"]';
      await tab.focus(cite);
      const scrolled = await tab.evaluate(() => scrollY);
      await tab.keyboard.press('Enter');
      const inPanel = () => tab.evaluate(() => document.activeElement?.closest('dialog#cite-panel:modal') != null && document.activeElement !== document.body);
      expect(await inPanel()).toBe(true);
      expect(new URL(tab.url()).hash).toBe('#p2-3-s5');
      // The address changed without the link's jump: the page did not scroll.
      expect(await tab.evaluate(() => scrollY)).toBe(scrolled);
      const stops = await tab.locator('#cite-panel :is(button, a[href])').count();
      for (let i = 0; i < stops + 2; i++) {
        await tab.keyboard.press('Tab');
        expect(await inPanel(), `Tab ${i + 1}`).toBe(true);
      }
      for (let i = 0; i < stops + 2; i++) {
        await tab.keyboard.press('Shift+Tab');
        expect(await inPanel(), `Shift+Tab ${i + 1}`).toBe(true);
      }
      // The panel fits the screen: no control outside it.
      const box = await tab.locator('#cite-panel').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      await tab.keyboard.press('Escape');
      expect(await tab.evaluate(() => document.getElementById('cite-panel')!.hasAttribute('open'))).toBe(false);
      expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#p2-3-s5');
      // Again, closed by its Close button.
      await tab.keyboard.press('Enter');
      await tab.click('#cite-panel .cite-close');
      expect(await tab.evaluate(() => document.getElementById('cite-panel')!.hasAttribute('open'))).toBe(false);
      expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#p2-3-s5');
      expect(new URL(tab.url()).hash).toBe('#p2-3-s5');
      await tab.close();
    });
  }

  it('without JavaScript a cite link is a plain permalink', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const tab = await noScript.context.newPage();
    await tab.goto(`${site.server.origin}/en/quzhou-2015/part-1/`);
    await tab.click('a.cite[href="#p1-1-s2"]', { force: true });
    expect(new URL(tab.url()).hash).toBe('#p1-1-s2');
    expect(await tab.locator('#cite-panel').isVisible()).toBe(false);
    await noScript.close();
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
    // Each sentence prints its locator after it, as a citation writes it, on one line.
    const printed = () =>
      tab.evaluate(() => {
        const cite = document.querySelector('a.cite[href="#p1-1-s2"]')!;
        return { locator: cite.getAttribute('data-locator'), after: getComputedStyle(cite, '::after').content, visible: cite.getBoundingClientRect().width > 0 && getComputedStyle(cite).opacity === '1', lines: cite.getClientRects().length, wrap: getComputedStyle(cite).whiteSpace };
      });
    const paper = await printed();
    expect(paper.locator).toBe('§1.1 第2句');
    expect(paper.after).toMatch(/attr\(data-locator\)|\[§1\.1 第2句\]/u);
    expect(paper.visible).toBe(true);
    expect(paper.lines).toBe(1);
    expect(paper.wrap).toBe('nowrap');
    // The breadcrumb has no separator left hanging: it ends with the chapter (the learner mode's switch after it is not printed).
    expect((await tab.locator('.kicker').innerText()).trim()).toMatch(/第一部分$/u);
    await tab.emulateMedia({ media: 'screen' });
    expect((await printed()).after).not.toMatch(/locator|§/u);
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
