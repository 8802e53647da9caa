/**
 * The gates pages pass in a real browser (Debian's Chromium over the built dist/ served on
 * 127.0.0.1): axe-core finds no violation, nothing is requested from any other host, no console
 * error is logged; and with JavaScript off every chapter's full text is there.
 *
 * `npm test` checks every page template in each language and every chapter in both views (see
 * gatedPages); `npm run test:full` (TEST_FULL=1) checks every page. That no page refers to
 * another host at all is checked on every page, without a browser, in links.test.ts.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, tabPool, type Browser } from '../support/browser.ts';
import { fileOfPage, pagePaths, publishedReports } from '../support/dist.ts';
import { runAxe, useSite } from '../support/site.ts';
import { FULL } from '../support/full.ts';

const GLOSSARY_ENTRY = /^\/[^/]+\/glossary\/[^/]+\/$/u;

/**
 * Every page but the glossary entries (that is each other template in each language, every
 * chapter and its parallel view), and of the entries, one template filled 172 times per language,
 * the largest and the smallest page in each language.
 */
function gatedPages(all: string[]): string[] {
  if (FULL) return all;
  const entries = all.filter((path) => GLOSSARY_ENTRY.test(path));
  const bySize = (pages: string[]) => pages.map((path) => ({ path, size: statSync(fileOfPage(path)).size })).sort((a, b) => a.size - b.size || a.path.localeCompare(b.path));
  const extremes = [...new Set(entries.map((path) => path.split('/')[1]))].flatMap((lang) => {
    const sized = bySize(entries.filter((path) => path.startsWith(`/${lang}/`)));
    return [sized[0]!.path, sized.at(-1)!.path];
  });
  return all.filter((path) => !GLOSSARY_ENTRY.test(path) || extremes.includes(path));
}

const pages = gatedPages(pagePaths());
const site = useSite();

describe(`${pages.length} pages in Chromium`, () => {
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
            // The editorial notes' markers (sup.note-ref) are the one element inside a unit whose text is not the report's: left out by name.
            const text = element.cloneNode(true) as HTMLElement;
            for (const marker of text.querySelectorAll('sup.note-ref')) marker.remove();
            return { text: text.textContent, visible: box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' };
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
