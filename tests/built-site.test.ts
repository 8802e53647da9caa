/** The built site (dist/, made by the real build in tests/setup) keeps the edition's promises. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { page, pagePaths, publishedReports } from './support/dist.ts';
import { projectEdition } from './support/edition.ts';

const edition = projectEdition();
const reports = publishedReports();

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
        expect(Object.keys(unit).sort()).toEqual(['chapter', 'en', 'id', 'kind', 'label', 'url', 'zh']);
        expect(unit.url.zh).toBe(`/zh/${loaded.meta.slug}/${unit.chapter}/#${unit.id}`);
        expect(unit.url.en).toBe(`/en/${loaded.meta.slug}/${unit.chapter}/#${unit.id}`);
        expect(unit.en === null || unit.en.length > 0).toBe(true);
      }
      expect(data.chapters.map((c) => c.id)).toEqual(loaded.chapters.map((c) => c.slug));
    });
  }
});

describe('the pages', () => {
  it('include the home pages, every report title page and every chapter in both languages', () => {
    const expected = ['/', '/en/', '/zh/'];
    for (const r of edition.reports) {
      for (const lang of ['zh', 'en']) {
        expected.push(`/${lang}/${r.meta.slug}/`);
        for (const c of r.chapters) expected.push(`/${lang}/${r.meta.slug}/${c.slug}/`);
      }
    }
    expect(pagePaths()).toEqual(expect.arrayContaining(expected));
  });

  it('declare their language', () => {
    for (const path of pagePaths()) {
      const lang = select('html', page(path))?.properties.lang;
      expect(lang, path).toBe(path.startsWith('/en/') ? 'en' : 'zh-Hans');
    }
  });

  for (const data of reports) {
    it(`${data.report.slug}: every anchor stands once on both its pages, the Chinese text exactly`, () => {
      for (const unit of data.units) {
        for (const lang of ['zh', 'en'] as const) {
          const tree = page(unit.url[lang]!.replace(/#.*$/u, ''));
          const found = selectAll(`[id="${unit.id}"]`, tree);
          expect(found, `${unit.id} on ${unit.url[lang]}`).toHaveLength(1);
          const text = toString(found[0]!);
          if (lang === 'zh') expect(text).toBe(unit.zh);
          else expect(text).toBe(unit.en ?? unit.zh);
        }
      }
    });
  }

  it('mark an untranslated sentence on English pages as pending, in Chinese', () => {
    for (const data of reports) {
      for (const unit of data.units.filter((u) => u.en === null)) {
        const element = select(`[id="${unit.id}"]`, page(unit.url.en!.replace(/#.*$/u, '')))!;
        expect(element.properties.lang).toBe('zh-Hans');
        expect(element.properties.className).toContain('pending');
      }
    }
  });
});

describe('the build log', () => {
  it('is reproduced by the data: the coverage the build prints', () => {
    const data = JSON.parse(readFileSync('dist/data/quzhou-2015.json', 'utf8'));
    const translated = data.units.filter((u: { kind: string; en: string | null }) => u.kind === 'sentence' && u.en !== null).length;
    expect(data.coverage.sentences.translated).toBe(translated);
  });
});
