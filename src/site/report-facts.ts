/**
 * A report's metadata and chapters as the pages name them, with the fallbacks of an incomplete
 * metadata file (only slug, title and date are required): the source text where a translation is
 * missing (localize), the title where there is no short title, the date alone where the occasion is
 * not given in the page's language; a field the metadata does not give is `undefined`, and the page
 * says “not given”.
 */
import type { Lang } from '../i18n/langs.ts';
import type { Translate } from '../i18n/messages.ts';
import { formatDate } from '../i18n/format.ts';
import { localize, type ShownText } from '../i18n/localize.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { ReportMeta } from '../schemas/report-meta.ts';
import type { Chapter } from '../pipeline/chapters.ts';

/** A metadata field as a page in `lang` shows it, or undefined where the metadata does not give it. */
export const shownMeta = (text: LocalizedText | undefined, lang: Lang): ShownText | undefined => text && localize(text, lang);

export const reportShortTitle = (meta: ReportMeta, lang: Lang): ShownText => localize(meta.shortTitle ?? meta.title, lang);

/** “Delivered on 9 February 2015 to the Sixth Session…”, or the date alone where the occasion is not given in the page's language. */
export function deliveredLine(meta: ReportMeta, lang: Lang, t: Translate): string {
  const date = formatDate(meta.date, lang);
  const venue = shownMeta(meta.venue, lang);
  return venue && !venue.pending ? t('deliveredAt', { date, venue: venue.text }) : t('deliveredOn', { date });
}

/** “Part II”, “Appendix 1”. */
export const chapterLabel = (chapter: Chapter, t: Translate) => (chapter.kind === 'appendix' ? t('appendixLabel', { number: chapter.number }) : t('chapterLabel', { count: chapter.number }));
