/** The built site (dist/, made by the real build in tests/setup) keeps the edition's promises. */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { page, pagePaths, publishedReports, unitTextOf } from '../support/dist.ts';
import { edition } from '../support/edition.ts';

const reports = publishedReports();

/** The elements of a page by id, indexed once per page (a page has hundreds of anchors). */
const indexed = new Map<string, Map<string, Element[]>>();
function elementsById(path: string): Map<string, Element[]> {
  let index = indexed.get(path);
  if (!index) {
    index = new Map();
    for (const element of selectAll('[id]', page(path))) {
      const id = String(element.properties.id);
      index.set(id, [...(index.get(id) ?? []), element]);
    }
    indexed.set(path, index);
  }
  return index;
}

describe('dist/data/<slug>.json', () => {
  it('is published for every report', () => {
    expect(reports.map((r) => r.report.slug).sort()).toEqual(edition.reports.map((r) => r.meta.slug).sort());
  });

  for (const loaded of edition.reports) {
    const data = reports.find((r) => r.report.slug === loaded.meta.slug)!;

    it(`${loaded.meta.slug}: reproduces the seed's text exactly, in reading order`, () => {
      const seed = loaded.seedText.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, '');
      expect(data.units.map((u) => u.zh).join('').replace(/\s+/gu, '')).toBe(seed);
    });

    it(`${loaded.meta.slug}: gives every unit its chapter, kind, both texts and both URLs with the anchor`, () => {
      expect(data.format).toEqual({ name: 'bilingual-report', version: 1 });
      for (const unit of data.units) {
        expect(Object.keys(unit).sort()).toEqual(['chapter', 'en', 'id', 'kind', 'label', 'notes', 'revised', 'url', 'zh']);
        expect(unit.url.zh).toBe(`/zh/${loaded.meta.slug}/${unit.chapter}/#${unit.id}`);
        expect(unit.url.en).toBe(`/en/${loaded.meta.slug}/${unit.chapter}/#${unit.id}`);
        expect(unit.en === null || unit.en.length > 0).toBe(true);
      }
      expect(data.chapters.map((c) => c.id)).toEqual(loaded.chapters.map((c) => c.slug));
    });
  }
});

describe('the pages', () => {
  it('are exactly the home pages and, in both languages, the About page, every report, chapter (both views), glossary entry and index', () => {
    const expected = ['/'];
    for (const lang of ['zh', 'en']) {
      expected.push(`/${lang}/`, `/${lang}/about/`, `/${lang}/figures/`, `/${lang}/glossary/`, `/${lang}/search/`);
      for (const entry of edition.glossary.entries) expected.push(`/${lang}/glossary/${entry.id}/`);
      for (const r of edition.reports) {
        expected.push(`/${lang}/${r.meta.slug}/`);
        for (const c of r.chapters) expected.push(`/${lang}/${r.meta.slug}/${c.slug}/`, `/${lang}/${r.meta.slug}/${c.slug}/parallel/`);
      }
    }
    expect(pagePaths()).toEqual(expected.sort());
  });

  for (const data of reports) {
    it(`${data.report.slug}: every anchor stands once on both its pages, the Chinese text exactly`, () => {
      for (const unit of data.units) {
        for (const lang of ['zh', 'en'] as const) {
          const found = elementsById(unit.url[lang]!.replace(/#.*$/u, '')).get(unit.id) ?? [];
          expect(found, `${unit.id} on ${unit.url[lang]}`).toHaveLength(1);
          const { text, markers } = unitTextOf(found[0]!);
          if (lang === 'zh') expect(text).toBe(unit.zh);
          else expect(text).toBe(unit.en ?? unit.zh);
          expect(markers, `${unit.id}: one marker per note`).toBe(unit.notes.length);
        }
      }
    });
  }
});
