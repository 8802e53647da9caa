/**
 * The data researchers download: `dist/data/<slug>.json` (stable format, see README)
 * and `dist/data/<slug>.anchors.json` (the anchor manifest).
 * Every language of src/i18n/languages.json has its fields, named by its code: version 1 was
 * published with `zh` and `en`; a language added to the table adds its own fields beside them
 * (a unit's `xx`, `url.xx`, a chapter's `title.xx` and `url.xx`) and an entry in `languages`.
 */
import type { LoadedReport } from './load-edition.ts';
import { subdivisions, type Division, type DivisionKind, type UnitKind } from '../pipeline/report-tree.ts';
import type { ChapterKind } from '../pipeline/chapters.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { Urls } from '../site/urls.ts';
import { plainTranslation } from '../pipeline/inline-translation.ts';
import { anchorLocator } from './anchor-locations.ts';
import type { Glossary } from './load-glossary.ts';
import { LANGS, LANGUAGES, SOURCE_LANG, TRANSLATION_LANGS, type Lang } from '../i18n/langs.ts';
import { translate } from '../i18n/strings.ts';
import { anchorLabel } from '../i18n/anchor-label.ts';
import { translationOf } from './unit-text.ts';
import type { NoteKind } from '../schemas/notes.ts';
import { revisedIn, revisions, type EditionHistory } from './load-edition-meta.ts';
import { REPORT_DOWNLOADS } from './report-downloads.ts';

export const DATA_FORMAT_VERSION = 1;

/**
 * Version 1's single-language fields (`label`, `coverage`) are in the first translation of the
 * table, English: the language the format was published with.
 */
const V1_TRANSLATION = TRANSLATION_LANGS[0]!;

/** A unit as published. Its text in each language is the field named by the language's code: `zh`, `en` (null while untranslated), and one per language added to the table. */
export interface PublishedUnit {
  id: string;
  /** The anchor as cited: “§1.1, s.2”. */
  label: string;
  chapter: string;
  kind: UnitKind;
  zh: string;
  en: string | null;
  url: Record<Lang, string>;
  /** The editorial notes on the unit (added to version 1; empty where it has none). */
  notes: PublishedNote[];
  /** The edition's version in which the unit's translation last changed (1.0.0, the first public version, when it never did). */
  revised: string;
}

/** An editorial note as published: its phrase and text keyed by language code, as in the content files. */
export interface PublishedNote {
  kind: NoteKind;
  /** The words the note is about, in the languages it names; null where it is about the whole unit. */
  phrase: LocalizedText | null;
  text: LocalizedText;
}

export interface PublishedChapter {
  id: string;
  /** Added within version 1: `part` or `appendix`; `number` counts within the kind. */
  kind: ChapterKind;
  number: number;
  title: Record<Lang, string | null>;
  url: Record<Lang, string>;
}

const perLanguage = <T>(value: (lang: Lang) => T): Record<Lang, T> => Object.fromEntries(LANGS.map((lang) => [lang, value(lang)]));

/** The edition as a work, as every data file names it (added to format 1: readers of version 1 lose nothing). */
export function editionData({ meta }: EditionHistory) {
  return { title: meta.title, version: meta.version, date: meta.date, licence: { name: meta.licence.name, url: meta.licence.url }, editors: meta.editors };
}

export function reportData(report: LoadedReport, history: EditionHistory, urls: Urls) {
  const { meta } = report;
  const revised = revisions(history.changelog);
  const locate = anchorLocator([report]);
  const link = (lang: Lang, chapter: string, anchor?: string) => urls.absolute(urls.chapter(lang, meta.slug, chapter, anchor));
  const text = (id: string, source: string, lang: Lang) => {
    if (lang === SOURCE_LANG) return source;
    const translation = translationOf(report, id, lang);
    return translation === undefined ? null : plainTranslation(translation);
  };
  const labelT = translate(V1_TRANSLATION);
  // A metadata text in every language, null where it has none yet; the whole field null where the metadata does not give it.
  const metaText = (field: LocalizedText | undefined) => field && perLanguage((lang) => field[lang] ?? null);
  return {
    format: { name: 'bilingual-report', version: DATA_FORMAT_VERSION },
    edition: editionData(history),
    report: {
      slug: meta.slug,
      title: metaText(meta.title)!,
      shortTitle: metaText(meta.shortTitle) ?? null,
      date: meta.date,
      venue: metaText(meta.venue) ?? null,
      speaker: metaText(meta.speaker) ?? null,
      office: metaText(meta.office) ?? null,
      author: metaText(meta.author) ?? null,
      place: metaText(meta.place) ?? null,
      source: meta.source === undefined ? null : { ...meta.source, description: metaText(meta.source.description) ?? null },
    },
    coverage: report.coverage[V1_TRANSLATION]!,
    chapters: report.chapters.map((chapter): PublishedChapter => ({
      id: chapter.slug,
      kind: chapter.kind,
      number: chapter.number,
      title: perLanguage((lang) => text(chapter.division.heading.id, chapter.division.heading.zh, lang)),
      url: perLanguage((lang) => link(lang, chapter.slug)),
    })),
    units: report.units.map((unit): PublishedUnit => {
      const chapter = locate(unit.id)!.chapter;
      return {
        id: unit.id,
        label: anchorLabel(unit.id, labelT),
        chapter,
        kind: unit.kind,
        ...(perLanguage((lang) => text(unit.id, unit.zh, lang)) as Pick<PublishedUnit, 'zh' | 'en'>),
        url: perLanguage((lang) => link(lang, chapter, unit.id)),
        notes: report.notes.filter((note) => note.anchor === unit.id).map((note) => ({ kind: note.kind, phrase: note.phrase ?? null, text: note.text })),
        revised: revisedIn(revised, unit.id),
      };
    }),
    /** Added within version 1: the report's divisions as a tree of anchors (parts, sections, items; the appendices after). */
    divisions: [...report.tree.parts, ...report.tree.appendices].map(divisionOutline),
    /** Added within version 1: every file published for the report (this one among them), as the report page links them. */
    downloads: REPORT_DOWNLOADS.map((d) => ({ file: d.file(meta.slug), type: d.type, url: urls.absolute(urls.data(d.file(meta.slug))) })),
    /** Added within version 1: the terms the report explains in its own 名词解释 lists, each with the anchors of its explanation. */
    explainedTerms: report.tree.explainedTerms.map((t) => ({ term: t.term, forms: t.forms, anchor: t.anchor, explanation: t.explanation.map((u) => u.id) })),
    // Added when the edition has more languages than the two version 1 was published with: every
    // language, its `lang` tag, and each translation's coverage. Two-language files stay as they were.
    ...(LANGS.length > 2
      ? { languages: LANGUAGES.map((l) => ({ code: l.code, lang: l.htmlLang, ...(l.source ? { source: true } : { coverage: report.coverage[l.code]! }) })) }
      : {}),
  };
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

/** `dist/data/glossary.json`: every entry with its forms, renderings, short definitions, structured facts and sources (also what search matches terms by). */
export function glossaryData(glossary: Glossary, urls: Urls) {
  return {
    format: { name: 'glossary', version: DATA_FORMAT_VERSION },
    entries: glossary.entries.map((e) => ({
      id: e.id,
      term: e.term,
      aliases: e.aliases,
      /** Added within version 1: names search finds the entry by that the text does not write. */
      searchAliases: e.searchAliases,
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
      url: perLanguage((lang) => urls.absolute(urls.glossaryEntry(lang, e.id))),
    })),
  };
}

/** The format of `dist/data/<slug>.json`, as readers of it (the search page, the tests) see it. */
export type PublishedReport = ReturnType<typeof reportData>;
