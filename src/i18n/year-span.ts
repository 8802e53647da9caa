import type { Translate } from './messages.ts';

/** A year, or a span of years, as the page's language writes it: “2013年”, “2013—2017年”; “2013”, “2013–2017”. */
export const yearSpan = (t: Translate, from: number, to?: number): string => (to === undefined ? t('year', { year: from }) : t('yearRange', { from, to }));
