/** Dates and numbers as each language writes them. */
import type { Lang } from './langs.ts';

/** 2015-02-09 → “2015年2月9日” / “9 February 2015”. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-Hans-CN' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
