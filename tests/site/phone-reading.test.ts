/**
 * Reading on a phone and by keyboard (issue 17), in Debian's Chromium over the built site: one page of
 * each template in both languages fits 320, 390 and 768 px without sideways scrolling; axe's WCAG 2.2 AA
 * rules (target-size included) pass at 390 px; the header bar stays small and in reach; the language and
 * view switches carry the sentence in view from the middle of a chapter; few tab stops before the text.
 * test:full also checks the tablet's width (768 px) for sideways scrolling, and line breaking on a desktop.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileOfPage } from '../support/dist.ts';
import { runAxe, useSite } from '../support/site.ts';
import { FULL } from '../support/full.ts';

const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 390, height: 844 };

/** One page of each template; the search page with a query whose results have been drawn. */
const templates = (lang: 'zh' | 'en') => [
  `/${lang}/`,
  `/${lang}/quzhou-2015/`,
  `/${lang}/quzhou-2015/part-1/`,
  `/${lang}/quzhou-2015/part-1/parallel/`,
  `/${lang}/glossary/`,
  `/${lang}/glossary/wu-shui-gong-zhi/`,
  `/${lang}/figures/`,
  `/${lang}/search/?q=${encodeURIComponent(lang === 'zh' ? '五水共治' : 'water')}`,
  // The About page, where the build has one.
  ...(existsSync(fileOfPage(`/${lang}/about/`)) ? [`/${lang}/about/`] : []),
];

const site = useSite();

async function open(tab: Page, path: string): Promise<void> {
  await tab.goto(site.server.origin + path);
  if (path.includes('/search/')) {
    await tab.waitForSelector('.search-exact');
    await tab.waitForLoadState('networkidle');
  }
}

/**
 * What sticks out on the right: the page's scroll width, and every visible element whose box passes the edge
 * (cut off, if not scrolled), unless it sits in a box of its own that scrolls sideways and itself fits (a wide chart).
 */
const overflow = (tab: Page) =>
  tab.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    const inOwnScroller = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) return box.getBoundingClientRect().right <= width + 1;
      }
      return false;
    };
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && !element.closest('.visually-hidden') && !inOwnScroller(element)) {
        out.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.getAttribute('class') ?? ''} reaches ${Math.round(box.right)}`);
      }
    }
    return out.slice(0, 5);
  });

describe('no sideways scrolling', () => {
  for (const width of FULL ? [320, 390, 768] : [320, 390]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${lang} at ${width} px: every template fits the screen`, async () => {
        const tab = await site.browser.context.newPage();
        await tab.setViewportSize({ width, height: 800 });
        for (const path of templates(lang)) {
          await open(tab, path);
          expect(await overflow(tab), path).toEqual([]);
        }
        await tab.close();
      });
    }
  }
});

describe('axe, WCAG 2.2 AA with target-size, at 390 px', () => {
  // The rules that read the DOM alone give the same answer at every width, and browser-gates.test.ts runs them all
  // on every template; at a phone's width npm test adds what the layout decides (WCAG 2.2's target size), test:full all.
  const rules = FULL ? WCAG22_AA : ['wcag22aa'];
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: every template`, async () => {
      const tab = await site.browser.context.newPage();
      await tab.setViewportSize(PHONE);
      for (const path of templates(lang)) {
        await open(tab, path);
        expect(await runAxe(tab, undefined, rules), path).toEqual([]);
      }
      // Hidden ¶ links (opacity 0) are skipped by axe; shown, as on a touch screen or for a cited sentence, they are checked
      // too (axe exempts links inside a sentence from target-size: their size is checked below, in “the ¶ after each sentence”).
      await open(tab, `/${lang}/quzhou-2015/part-2/`);
      await tab.evaluate(() => document.querySelectorAll('.report-text .s').forEach((s) => s.classList.add('is-cited')));
      expect(await runAxe(tab, '.report-text', ['wcag22aa'])).toEqual([]);
      await tab.close();
    });
  }
});

describe('the header bar on a phone', () => {
  for (const width of [320, 390]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${lang} at ${width} px: one row of at most 64 px, stuck to the top, its items whole`, async () => {
        const tab = await site.browser.context.newPage();
        await tab.setViewportSize({ width, height: 844 });
        await open(tab, `/${lang}/quzhou-2015/part-2/`);
        await tab.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
        const bar = await tab.evaluate(() => {
          const header = document.querySelector('.site-header')!.getBoundingClientRect();
          // Each switch and button on one line: its height is one line's.
          const items = [...document.querySelectorAll<HTMLElement>('.site-switches a, .menu-toggle')].map((e) => ({ text: e.textContent, lines: e.getClientRects().length, height: e.getBoundingClientRect().height }));
          return { top: header.top, height: header.height, items };
        });
        expect(bar.top).toBe(0);
        expect(bar.height).toBeLessThanOrEqual(64);
        expect(bar.items.length).toBeGreaterThanOrEqual(3);
        for (const item of bar.items) {
          expect(item.lines, item.text!).toBe(1);
          expect(item.height, item.text!).toBeLessThan(40);
        }
        // The menu opens from the middle of the chapter and holds the way back to the contents and the top.
        await tab.click('.menu-toggle');
        expect(await tab.evaluate(() => document.getElementById('site-menu')!.matches(':popover-open'))).toBe(true);
        for (const href of ['#chapter-toc', '#main']) expect(await tab.locator(`#site-menu a[href="${href}"]`).isVisible(), href).toBe(true);
        const toggle = await tab.locator('#site-menu .theme-toggle').evaluate((e) => e.getClientRects().length);
        expect(toggle).toBe(1);
        await tab.click('#site-menu a[href="#chapter-toc"]');
        expect(await tab.locator('#chapter-toc').evaluate((e) => e.getBoundingClientRect().top < innerHeight)).toBe(true);
        // The menu closed, so it does not cover the contents it led to.
        expect(await tab.evaluate(() => document.getElementById('site-menu')!.matches(':popover-open'))).toBe(false);
        await tab.close();
      });
    }
  }
});

describe('on a phone, switching keeps the place', () => {
  /** The first unit below the header bar: the sentence the reader is at. */
  const atTop = (tab: Page) =>
    tab.evaluate(() => {
      const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      return [...document.querySelectorAll(':is(.report-text, .parallel) :is(.s, h1, h2, h3, h4, h5, h6)[id]')].find((u) => u.getBoundingClientRect().bottom > top)!.id;
    });

  for (const [from, switchTo, selector] of [
    ['/zh/quzhou-2015/part-2/', '/en/quzhou-2015/part-2/', 'a.lang-switch'],
    ['/en/quzhou-2015/part-3/', '/zh/quzhou-2015/part-3/', 'a.lang-switch'],
    ['/zh/quzhou-2015/part-2/', '/zh/quzhou-2015/part-2/parallel/', 'a.view-switch'],
    ['/en/quzhou-2015/part-2/parallel/', '/zh/quzhou-2015/part-2/parallel/', 'a.lang-switch'],
  ] as const) {
    it(`${from} → ${switchTo} from the middle of the chapter at 390×844`, async () => {
      const tab = await site.browser.context.newPage();
      await tab.setViewportSize(PHONE);
      await open(tab, from);
      await tab.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
      const before = await atTop(tab);
      expect(before).toMatch(/^p\d/u);
      // Pressed where the reader is: the switch is in the sticky bar, on screen without scrolling. (The mouse
      // at its place, not Playwright's click, which would first scroll the link into view.)
      const link = await tab.locator(selector).first().evaluate((a) => { const box = a.getBoundingClientRect(); return { x: box.x + box.width / 2, y: box.y + box.height / 2, onScreen: box.top >= 0 && box.bottom <= innerHeight }; });
      expect(link.onScreen).toBe(true);
      expect(await tab.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.matches('.lang-switch, .view-switch'), link)).toBe(true);
      await tab.mouse.click(link.x, link.y);
      await tab.waitForURL(`**${switchTo}#${before}`);
      // The same sentence is at the top of the screen after, below the bar.
      const box = await tab.locator(`[id="${before}"]`).boundingBox();
      const bar = await tab.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
      expect(box!.y).toBeGreaterThanOrEqual(bar - 1);
      expect(box!.y).toBeLessThan(PHONE.height / 2);
      await tab.close();
    });
  }
});

describe('the ¶ after each sentence', () => {
  for (const width of [390, 1280]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${lang} at ${width} px: a 24×24 px target when shown, never first on a line, no gap after 。 while hidden`, async () => {
        const tab = await site.browser.context.newPage();
        await tab.setViewportSize({ width, height: 844 });
        await open(tab, `/${lang}/quzhou-2015/part-1/`);
        const marks = await tab.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.report-text .s + .cite')].map((cite) => {
            const sentence = cite.previousElementSibling!;
            const box = cite.getBoundingClientRect();
            const sentenceLines = sentence.getClientRects();
            // The sentence's last character and, where the next sentence goes on in the same line, its first.
            const last = document.createRange();
            const lastText = [...sentence.childNodes].reverse().find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.length > 0)!;
            last.setStart(lastText, lastText.textContent!.length - 1);
            last.setEnd(lastText, lastText.textContent!.length);
            const next = cite.nextElementSibling?.matches('.s') ? cite.nextElementSibling : null;
            const firstText = next?.firstChild?.nodeType === Node.TEXT_NODE ? next.firstChild : null;
            const first = document.createRange();
            if (firstText) first.setStart(firstText, 0), first.setEnd(firstText, 1);
            const end = last.getBoundingClientRect();
            const start = firstText ? first.getBoundingClientRect() : null;
            return {
              id: cite.getAttribute('href'),
              width: box.width,
              height: box.height,
              // The mark's line is the line of the sentence's end.
              sameLine: Math.abs(cite.getClientRects()[0]!.top + box.height / 2 - (sentenceLines[sentenceLines.length - 1]!.top + sentenceLines[sentenceLines.length - 1]!.height / 2)) < 12,
              gap: start && Math.abs(start.top - end.top) < 2 ? start.left - end.right : null,
              stop: lastText.textContent!.slice(-1),
              // An editorial note's marker after the stop takes its own room.
              endsWithNote: sentence.lastChild instanceof Element && sentence.lastChild.matches('sup.note-ref'),
            };
          }),
        );
        expect(marks.length).toBeGreaterThan(50);
        for (const mark of marks) {
          expect(mark.width, mark.id!).toBeGreaterThanOrEqual(24);
          expect(mark.height, mark.id!).toBeGreaterThanOrEqual(24);
          expect(mark.sameLine, `${mark.id} starts a line`).toBe(true);
        }
        const gaps = marks.filter((m) => m.gap !== null && !m.endsWithNote && '。！？'.includes(m.stop));
        if (lang === 'zh') {
          expect(gaps.length).toBeGreaterThan(10);
          for (const mark of gaps) expect(mark.gap!, mark.id!).toBeLessThan(3);
        }
        await tab.close();
      });
    }
  }
});

describe('line breaking around glossary terms (clreq)', () => {
  // Measured character by character: the phone's width in npm test, the desktop's too in test:full.
  for (const width of FULL ? [390, 1280] : [390]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${lang} at ${width} px: no line of the text ends on an opening quote or starts with closing punctuation`, async () => {
        const tab = await site.browser.context.newPage();
        await tab.setViewportSize({ width, height: 844 });
        const found: string[] = [];
        let lines = 0;
        for (const part of [1, 2]) {
          await open(tab, `/${lang}/quzhou-2015/part-${part}/`);
          const result = await tab.evaluate(() => {
            const opening = '“‘（(《〈「『【〔';
            const closing = '”’）)》〉」』】〕，。、；：！？,.;:!?';
            const wrong: string[] = [];
            let count = 0;
            for (const paragraph of document.querySelectorAll('.report-text p:not(.toggletip *)')) {
              // Each character with the top of its box, in order; a new line starts where the top moves down.
              const characters: { c: string; top: number }[] = [];
              const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.textContent!.length; i++) {
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const box = range.getClientRects()[0];
                  if (box && node.textContent![i]!.trim()) characters.push({ c: node.textContent![i]!, top: box.top });
                }
              }
              for (let i = 1; i < characters.length; i++) {
                if (characters[i]!.top - characters[i - 1]!.top < 8) continue;
                count++;
                const context = characters.slice(Math.max(0, i - 4), i + 4).map((x) => x.c).join('');
                if (closing.includes(characters[i]!.c)) wrong.push(`line starts with ${characters[i]!.c}: ${context}`);
                if (opening.includes(characters[i - 1]!.c)) wrong.push(`line ends with ${characters[i - 1]!.c}: ${context}`);
              }
            }
            return { wrong, count };
          });
          found.push(...result.wrong);
          lines += result.count;
        }
        expect(lines).toBeGreaterThan(100);
        expect(found).toEqual([]);
        await tab.close();
      });
    }
  }
});

describe('reading order', () => {
  for (const width of [390, 1280]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${lang} at ${width} px: at most 15 tab stops before the chapter's text`, async () => {
        const tab = await site.browser.context.newPage();
        await tab.setViewportSize({ width, height: 844 });
        await open(tab, `/${lang}/quzhou-2015/part-1/`);
        let stops = 0;
        for (;;) {
          await tab.keyboard.press('Tab');
          if (await tab.evaluate(() => document.activeElement?.closest('.report-text') != null)) break;
          stops++;
          if (stops > 15) break;
        }
        expect(stops).toBeLessThanOrEqual(15);
        await tab.close();
      });
    }
  }
});
