/** A unit's text as a page in one language shows it: its translation where there is one, else the source text, marked pending. */
import { SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import type { ShownText } from '../i18n/localize.ts';
import { plainTranslation } from '../pipeline/inline-translation.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import { entryText } from '../schemas/translation.ts';
import type { LoadedReport } from './load-edition.ts';

export type { ShownText };

/** A unit's translation into `lang`, with its markup ({{zh:…}}), or undefined while it has none (and for the source language). */
export function translationOf(report: LoadedReport, id: string, lang: Lang): string | undefined {
  const entry = report.translations.get(lang)?.get(id);
  return entry === undefined ? undefined : entryText(entry);
}

export function unitText(report: LoadedReport, unit: Unit, lang: Lang): ShownText {
  if (lang === SOURCE_LANG) return { text: unit.zh, lang, pending: false };
  const translation = translationOf(report, unit.id, lang);
  if (translation === undefined) return { text: unit.zh, lang: SOURCE_LANG, pending: true };
  return { text: plainTranslation(translation), lang, pending: false };
}

/**
 * Whether a report has no translation at all into `lang` (never so for the source language): its pages then
 * say so once, at the top, rather than marking each of its sentences as waiting for a translation.
 */
export function isUntranslated(report: LoadedReport, lang: Lang): boolean {
  if (lang === SOURCE_LANG) return false;
  const coverage = report.coverage[lang];
  return coverage === undefined || coverage.sentences.translated + coverage.headings.translated === 0;
}
