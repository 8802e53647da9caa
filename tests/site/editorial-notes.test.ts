/**
 * The editorial notes on the built pages (remark-editorial-notes.ts) and in the published data:
 * every note of the content has its marker in its unit on both its pages (reading and parallel
 * view, every language), the marker leads to the note and the note's back link leads to the
 * marker; numbers run 1, 2, 3… in page order; and in a real browser, without JavaScript, the
 * links work both ways and the notes print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { page, publishedReports } from '../support/dist.ts';
import { edition } from '../support/edition.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { useSite } from '../support/site.ts';
import { localized } from '../../src/i18n/localize.ts';
import { plainTranslation } from '../../src/pipeline/inline-translation.ts';

const LANGS = ['zh', 'en'] as const;
const reports = publishedReports();
const byId = (tree: ReturnType<typeof page>, id: string) => select(`[id="${id}"]`, tree);
const hrefOf = (a: Element) => String(a.properties.href);

describe('editorial notes in the published data', () => {
  for (const loaded of edition.reports) {
    it(`${loaded.meta.slug}: each unit carries exactly its notes from content/notes`, () => {
      const data = reports.find((r) => r.report.slug === loaded.meta.slug)!;
      expect(loaded.notes.length).toBeGreaterThanOrEqual(loaded.meta.slug === 'quzhou-2015' ? 20 : 0);
      const published = data.units.flatMap((u) => u.notes.map((n) => ({ anchor: u.id, ...n })));
      expect(published).toEqual(loaded.notes.map((n) => ({ anchor: n.anchor, kind: n.kind, phrase: n.phrase ?? null, text: n.text })));
    });
  }

  it('quzhou-2015: notes cover the places the edition promised to annotate', () => {
    const notes = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!.notes;
    const about = (anchor: string, zh?: string) => notes.some((n) => n.anchor === anchor && (zh === undefined || n.phrase?.zh?.includes(zh)));
    for (const [anchor, zh] of [
      ['p2-3-s4', '和的'], ['p2-6-s15', undefined], ['p3-1', '（一）'], ['front-2', '—'], ['p1-4-s1', '三公'], ['p1-2-s3', '三河'],
      ['p2-1-s5', '孤岛'], ['p3-3-s2', '四种精神'], ['p2-4-s12', '三待三亲'], ['p2-1-s4', '搬盘'], ['p1-4-s21', '平安建设'], ['p1-1-s20', '4A'],
    ] as const) expect(about(anchor, zh), `${anchor} ${zh ?? ''}`).toBe(true);
    expect(notes.filter((n) => n.kind === 'textual').length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.kind === 'translation').length).toBeGreaterThan(0);
  });
});

describe('editorial notes on the pages', () => {
  for (const data of reports) {
    const chapters = data.chapters.filter((c) => data.units.some((u) => u.chapter === c.id && u.notes.length > 0));
    it(`${data.report.slug}: has chapters with notes`, () => expect(chapters.length).toBeGreaterThan(0));
    for (const lang of LANGS) {
      for (const chapter of chapters) {
        for (const view of ['reading', 'parallel'] as const) {
          const path = new URL(chapter.url[lang]!, 'http://x').pathname + (view === 'parallel' ? 'parallel/' : '');
          it(`${path}: every note has its marker in its unit, leading to the note and back, numbered in page order`, () => {
            const tree = page(path);
            const units = data.units.filter((u) => u.chapter === chapter.id);
            const markers = selectAll('sup.note-ref > a', tree);
            const items = selectAll('section.editorial-notes > ol > li', tree);
            expect(markers.length).toBe(units.reduce((sum, u) => sum + u.notes.length, 0));
            expect(items.length).toBe(markers.length);
            // Numbers run 1, 2, 3… in the order the markers stand; the list holds the notes in that order.
            expect(markers.map((a) => toString(a))).toEqual(markers.map((_, i) => String(i + 1)));
            expect(items.map((li) => `#${String(li.properties.id)}`)).toEqual(markers.map(hrefOf));
            for (const unit of units) {
              const element = byId(tree, unit.id)!;
              const own = selectAll('sup.note-ref > a', element);
              expect(own.length, `${unit.id} markers`).toBe(unit.notes.length);
              for (const marker of own) {
                const note = byId(tree, hrefOf(marker).slice(1));
                expect(note?.tagName, `${hrefOf(marker)} is a note`).toBe('li');
                const back = select('a.note-back', note!)!;
                expect(hrefOf(back)).toBe(`#${String(marker.properties.id)}`);
                expect(byId(tree, String(marker.properties.id))).toBe(marker);
                expect(select(`a.note-anchor[href="#${unit.id}"]`, note!), `${unit.id} note names its unit`).not.toBeNull();
              }
              // The note's own text, in the page's language.
              const texts = own.map((marker) => toString(byId(tree, hrefOf(marker).slice(1))!));
              for (const note of unit.notes) expect(texts.some((t) => t.includes(plainTranslation(localized(note.text, lang)))), `${unit.id}: ${lang} text of a note`).toBe(true);
              // The parallel view's second column is the same unit again: it carries no second marker.
              if (view === 'parallel') expect(selectAll('sup.note-ref', select(`[data-pair="${unit.id}"]`, tree)!)).toEqual([]);
            }
          });
        }
      }
    }
  }
});

describe('editorial notes in Chromium', () => {
  const site = useSite();
  let noScript: Browser;
  beforeAll(async () => {
    noScript = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => noScript?.close());

  for (const lang of LANGS) {
    it(`${lang}: without JavaScript a marker leads to its note and the note back to the marker, in both views`, async () => {
      const tab = await noScript.context.newPage();
      for (const view of ['', 'parallel/']) {
        await tab.goto(`${site.server.origin}/${lang}/quzhou-2015/part-2/${view}`);
        const marker = tab.locator('[id="p2-3-s4"] sup.note-ref a');
        const markerId = await marker.getAttribute('id');
        await marker.click();
        const note = (await marker.getAttribute('href'))!.slice(1);
        await tab.waitForURL(`**#${note}`);
        expect(await tab.evaluate((id) => document.getElementById(id)!.matches(':target'), note)).toBe(true);
        await expect.poll(() => tab.locator(`[id="${note}"]`).isVisible()).toBe(true);
        expect(await tab.locator(`[id="${note}"]`).evaluate((li) => li.getBoundingClientRect().top >= 0 && li.getBoundingClientRect().top < innerHeight)).toBe(true);
        await tab.locator(`[id="${note}"] a.note-back`).click();
        await tab.waitForURL(`**#${markerId}`);
        expect(await tab.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top < innerHeight, markerId!)).toBe(true);
      }
      await tab.close();
    });
  }

  it('prints the notes and the markers, without the back links', async () => {
    const tab = await site.browser.context.newPage();
    await tab.goto(`${site.server.origin}/en/quzhou-2015/part-2/`);
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('section.editorial-notes').isVisible()).toBe(true);
    expect(await tab.locator('[id="p2-3-s4"] sup.note-ref').isVisible()).toBe(true);
    expect(await tab.locator('a.note-back').first().isVisible()).toBe(false);
    // Printed ids are the report's anchors only: the notes' heading prints none.
    expect(await tab.evaluate(() => getComputedStyle(document.getElementById('editorial-notes-title')!, '::after').content)).toBe('none');
    await tab.close();
  });

  it('keeps the marker out of what is copied from the sentence', async () => {
    const tab = await site.browser.context.newPage();
    await tab.goto(`${site.server.origin}/zh/quzhou-2015/part-2/`);
    const selected = await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p2-3-s4')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    const unit = reports.find((r) => r.report.slug === "quzhou-2015")!.units.find((u) => u.id === 'p2-3-s4')!;
    expect(selected).toBe(unit.zh);
    await tab.close();
  });
});
