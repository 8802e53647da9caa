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
import { subdivisions, type Division, type DivisionKind } from '../pipeline/report-tree.ts';

export const DATA_FORMAT_VERSION = 1;

export function reportData(report: LoadedReport, urls: Urls) {
  const { meta } = report;
  const locate = anchorLocator([report]);
  const english = (id: string) => {
    const entry = report.english.get(id);
    return entry === undefined ? null : plainTranslation(entryText(entry));
  };
  const link = (lang: 'zh' | 'en', chapter: string, anchor?: string) => urls.absolute(urls.chapter(lang, meta.slug, chapter, anchor));
  return {
    format: { name: 'bilingual-report', version: DATA_FORMAT_VERSION },
    report: {
      slug: meta.slug,
      title: bilingual(meta.title),
      shortTitle: bilingual(meta.shortTitle),
      date: meta.date,
      venue: bilingual(meta.venue),
      speaker: bilingual(meta.speaker),
      office: bilingual(meta.office),
      author: bilingual(meta.author),
      place: bilingual(meta.place),
      source: meta.source === undefined ? null : { ...meta.source, description: bilingual(meta.source.description) },
    },
    coverage: report.coverage,
    chapters: report.chapters.map((chapter) => ({
      id: chapter.slug,
      /** Added in 1: `part` or `appendix`; `number` counts within the kind. */
      kind: chapter.kind,
      number: chapter.number,
      title: { zh: chapter.division.heading.zh, en: english(chapter.division.heading.id) },
      url: { zh: link('zh', chapter.slug), en: link('en', chapter.slug) },
    })),
    units: report.units.map((unit) => {
      const chapter = locate(unit.id)!.chapter;
      return {
        id: unit.id,
        label: anchorLabel(unit.id),
        chapter,
        kind: unit.kind,
        zh: unit.zh,
        en: english(unit.id),
        url: { zh: link('zh', chapter, unit.id), en: link('en', chapter, unit.id) },
      };
    }),
    /** Added in 1: the report's divisions as a tree of anchors (parts, sections, items; appendices after). */
    divisions: [...report.tree.parts, ...report.tree.appendices].map(divisionOutline),
    /** Added in 1: the terms the report explains in its own 名词解释 lists, each with the anchor of its explanation. */
    explainedTerms: report.tree.explainedTerms.map((t) => ({ term: t.term, forms: t.forms, anchor: t.anchor, explanation: t.explanation.map((u) => u.id) })),
  };
}

/** A metadata text as published: `en` null until translated, the whole field null where the metadata does not give it. */
function bilingual<T extends { zh: string; en?: string }>(text: T | undefined): (Omit<T, 'en'> & { en: string | null }) | null {
  return text === undefined ? null : { ...text, en: text.en ?? null };
}

interface DivisionOutline {
  id: string;
  kind: DivisionKind;
  level: number;
  number: number | null;
  divisions: DivisionOutline[];
}

function divisionOutline(division: Division): DivisionOutline {
  return { id: division.id, kind: division.kind, level: division.level, number: division.number ?? null, divisions: subdivisions(division).map(divisionOutline) };
}

/** `dist/data/glossary.json`: every entry with its forms, renderings and short definitions (also what search matches terms by). */
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
      short: e.short,
      url: { zh: urls.absolute(urls.glossaryEntry('zh', e.id)), en: urls.absolute(urls.glossaryEntry('en', e.id)) },
    })),
  };
}

/** The format of `dist/data/<slug>.json`, as readers of it (the search page, the tests) see it. */
export type PublishedReport = ReturnType<typeof reportData>;
export type PublishedUnit = PublishedReport['units'][number];
