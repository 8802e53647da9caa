/**
 * `dist/data/<slug>.csv`: the aligned text as a spreadsheet, one row per unit, read from the
 * published data (published-data.ts) so that it says exactly what the JSON says. Columns: id,
 * chapter, kind, the text in each language (zh, en, …), then its URL in each (url_zh, url_en, …),
 * absolute when the site's address is configured (EDITION_SITE).
 */
import { LANGS } from '../i18n/langs.ts';
import { csvText } from './csv-text.ts';
import type { PublishedReport } from './published-data.ts';

export const REPORT_CSV_COLUMNS = ['id', 'chapter', 'kind', ...LANGS, ...LANGS.map((lang) => `url_${lang}`)];

export function reportCsv(data: PublishedReport): string {
  const text = (unit: PublishedReport['units'][number], lang: string) => (unit as unknown as Record<string, string | null>)[lang] ?? '';
  return csvText([REPORT_CSV_COLUMNS, ...data.units.map((unit) => [unit.id, unit.chapter, unit.kind, ...LANGS.map((lang) => text(unit, lang)), ...LANGS.map((lang) => unit.url[lang]!)])]);
}
