/**
 * The data researchers download: `dist/data/<slug>.json` (stable format, see README)
 * and `dist/data/<slug>.anchors.json` (the anchor manifest).
 */
import type { LoadedReport } from './load-edition.ts';
import type { Urls } from '../site/urls.ts';
import { entryText } from '../schemas/translation.ts';
import { plainTranslation } from '../pipeline/inline-translation.ts';
import { anchorLocator } from './anchor-locations.ts';
import { anchorLabel } from '../pipeline/anchors.ts';
import type { Glossary } from './load-glossary.ts';

export const DATA_FORMAT_VERSION = 1;

export function reportData(report: LoadedReport, urls: Urls) {
  const { meta } = report;
  const locate = anchorLocator([report]);
  const link = (lang: 'zh' | 'en', chapter: string, anchor?: string) => urls.absolute(urls.chapter(lang, meta.slug, chapter, anchor));
  return {
    format: { name: 'bilingual-report', version: DATA_FORMAT_VERSION },
    report: {
      slug: meta.slug,
      title: meta.title,
      shortTitle: meta.shortTitle,
      date: meta.date,
      venue: meta.venue,
      speaker: meta.speaker,
      office: meta.office,
      author: meta.author,
      place: meta.place,
      source: meta.source,
    },
    coverage: report.coverage,
    chapters: report.chapters.map((chapter) => ({
      id: chapter.slug,
      number: chapter.number,
      title: {
        zh: chapter.part.heading.zh,
        en: report.english.has(chapter.part.heading.id) ? plainTranslation(entryText(report.english.get(chapter.part.heading.id)!)) : null,
      },
      url: { zh: link('zh', chapter.slug), en: link('en', chapter.slug) },
    })),
    units: report.units.map((unit) => {
      const chapter = locate(unit.id)!.chapter;
      const entry = report.english.get(unit.id);
      return {
        id: unit.id,
        label: anchorLabel(unit.id),
        chapter,
        kind: unit.kind,
        zh: unit.zh,
        en: entry === undefined ? null : plainTranslation(entryText(entry)),
        url: { zh: link('zh', chapter, unit.id), en: link('en', chapter, unit.id) },
      };
    }),
  };
}

/** `dist/data/glossary.json`: every entry with its forms, renderings, short definitions, structured facts and sources (also what search matches terms by). */
export function glossaryData(glossary: Glossary, urls: Urls) {
  return {
    format: { name: 'glossary', version: DATA_FORMAT_VERSION },
    entries: glossary.entries.map((e) => ({
      id: e.id,
      term: e.term,
      aliases: e.aliases,
      pinyin: e.pinyin,
      en: e.en,
      kind: e.kind,
      established: e.established,
      ownExplanation: e.ownExplanation,
      short: e.short,
      level: e.level ?? null,
      issuer: e.issuer ?? null,
      introduced: e.introduced ?? null,
      document: e.document ?? null,
      later: e.later,
      enSource: e.enSource,
      renderings: e.renderings,
      sources: e.sources,
      url: { zh: urls.absolute(urls.glossaryEntry('zh', e.id)), en: urls.absolute(urls.glossaryEntry('en', e.id)) },
    })),
  };
}

/** The format of `dist/data/<slug>.json`, as readers of it (the search page, the tests) see it. */
export type PublishedReport = ReturnType<typeof reportData>;
export type PublishedUnit = PublishedReport['units'][number];
