/** Dates as each language writes them, by its locale in the languages table. */
import { language, type Lang } from './langs.ts';

/** 2015-02-09 → “2015年2月9日” / “9 February 2015”. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(language(lang).locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
