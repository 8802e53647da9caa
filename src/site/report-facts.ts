/**
 * A report's metadata and chapters as the pages name them, with the fallbacks of an incomplete
 * metadata file (only slug, Chinese title and date are required): the Chinese where the English is
 * missing (marked, like an untranslated sentence), the title where there is no short title, the
 * date alone where the occasion is not given.
 */
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/strings.ts';
import { formatDate } from '../i18n/format.ts';
import { metaText, type ReportMeta } from '../schemas/report-meta.ts';
import type { ShownText } from '../edition/unit-text.ts';
import type { Chapter } from '../pipeline/chapters.ts';

/** A metadata text as a page in `lang` shows it, or undefined where the metadata does not give it. */
export function shownMeta(text: { zh: string; en?: string } | undefined, lang: Lang): ShownText | undefined {
  const shown = metaText(text, lang);
  return shown && { ...shown, pending: shown.lang !== lang };
}

export const reportTitle = (meta: ReportMeta, lang: Lang): ShownText => shownMeta(meta.title, lang)!;
export const reportShortTitle = (meta: ReportMeta, lang: Lang): ShownText => shownMeta(meta.shortTitle ?? meta.title, lang)!;

/** “Delivered on 9 February 2015 to the Sixth Session…”, or the date alone where the occasion is not given in the page's language. */
export function deliveredLine(meta: ReportMeta, lang: Lang): string {
  const date = formatDate(meta.date, lang);
  const venue = metaText(meta.venue, lang);
  return venue?.lang === lang ? t(lang).deliveredAt(date, venue.text) : t(lang).deliveredOn(date);
}

/** “Part II”, “Appendix 1”. */
export const chapterLabel = (chapter: Chapter, lang: Lang) => (chapter.kind === 'appendix' ? t(lang).appendixLabel(chapter.number) : t(lang).chapterLabel(chapter.number));
