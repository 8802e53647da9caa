/**
 * The gates every page passes in a real browser (Debian's Chromium over the built dist/
 * served on 127.0.0.1): axe-core finds no violation, nothing is requested from any other
 * host, no console error is logged; and with JavaScript off every chapter's full text is there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, tabPool, type Browser } from './support/browser.ts';
import { pagePaths, publishedReports } from './support/dist.ts';
import { runAxe, useSite } from './support/site.ts';

const pages = pagePaths();
const site = useSite();

describe('every page in Chromium', () => {
  let pool: ReturnType<typeof tabPool>;
  beforeAll(() => {
    pool = tabPool(site.browser, site.server.origin, 3);
  });
  for (const path of pages) {
    // Pages are checked three at a time, each in a reused tab of the one browser.
    it.concurrent(`${path}: no axe violation, no outside request, no console error`, async ({ expect }) => {
      await pool.visit(path, async ({ page: tab, outside, errors }, status) => {
        expect(status).toBe(200);
        expect(await runAxe(tab)).toEqual([]);
        expect(outside).toEqual([]);
        expect(errors).toEqual([]);
      });
    });
  }
});

describe('without JavaScript', () => {
  let noScript: Browser;
  beforeAll(async () => {
    noScript = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => noScript?.close());

  for (const report of publishedReports()) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${report.report.slug} (${lang}): every chapter shows its full text, every unit visible`, async () => {
        const tab = await noScript.context.newPage();
        for (const chapter of report.chapters) {
          await tab.goto(site.server.origin + new URL(chapter.url[lang]!, 'http://x').pathname);
          const units = report.units.filter((u) => u.chapter === chapter.id);
          const shown = await tab.evaluate((ids) => ids.map((id) => {
            const element = document.getElementById(id);
            if (!element) return null;
            const box = element.getBoundingClientRect();
            return { text: element.textContent, visible: box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' };
          }), units.map((u) => u.id));
          units.forEach((unit, i) => {
            expect(shown[i], unit.id).not.toBeNull();
            expect(shown[i]!.visible, `${unit.id} visible`).toBe(true);
            expect(shown[i]!.text, unit.id).toBe(lang === 'zh' ? unit.zh : (unit.en ?? unit.zh));
          });
        }
        await tab.close();
      });
    }
  }
});
