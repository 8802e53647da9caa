/**
 * How each language writes a chart value in its unit: the source language as the report does
 * (1121 亿元), a translation converted as the English translation does (112.1 billion yuan),
 * its digits grouped by the language's locale. The unit words of a translation are English:
 * a language whose translators want its own words adds them here.
 */
import { SOURCE_LANG, language, type Lang } from '../i18n/langs.ts';
import type { ChartUnit } from '../schemas/chart.ts';

/** Multiplying by a power of ten without binary noise (80.3 × 10⁸ / 10⁹ = 8.03, not 8.030000000000001). */
const shift = (value: number, power: number) => Number(`${value}e${power}`);

const zh = new Intl.NumberFormat(language(SOURCE_LANG).locale, { maximumFractionDigits: 6, useGrouping: false });
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const numberFormat = (lang: Lang) => {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(language(lang).locale, { maximumFractionDigits: 6 })));
  return format;
};

/** 1121 yi-yuan → “112.1 billion yuan”; 6.6 wan → “66,000”; 7.4 percent → “7.4%”. */
export function formatValue(value: number, unit: ChartUnit, lang: Lang): string {
  if (lang === SOURCE_LANG) {
    const n = zh.format(value);
    const suffix: Record<ChartUnit, string> = {
      'yi-yuan': ' 亿元',
      'yi-usd': ' 亿美元',
      'wan-yuan': ' 万元',
      yuan: ' 元',
      percent: '%',
      'percentage-points': ' 个百分点',
      count: '',
      'wan-people': ' 万人',
      days: ' 天',
      mu: ' 亩',
      'wan-mu': ' 万亩',
      km: ' 公里',
      items: ' 项',
    };
    return `${n}${suffix[unit]}`;
  }
  const en = numberFormat(lang);
  switch (unit) {
    case 'yi-yuan':
      return value >= 10 ? `${en.format(shift(value, -1))} billion yuan` : `${en.format(shift(value, 2))} million yuan`;
    case 'yi-usd':
      return value >= 10 ? `US$${en.format(shift(value, -1))} billion` : `US$${en.format(shift(value, 2))} million`;
    case 'wan-yuan':
      return `${en.format(shift(value, 4))} yuan`;
    case 'yuan':
      return `${en.format(value)} yuan`;
    case 'percent':
      return `${en.format(value)}%`;
    case 'percentage-points':
      return `${en.format(value)} percentage points`;
    case 'count':
      return en.format(value);
    case 'wan-people':
      return `${en.format(shift(value, 4))} people`;
    case 'days':
      return `${en.format(value)} days`;
    case 'mu':
      return `${en.format(value)} mu`;
    case 'wan-mu':
      return `${en.format(shift(value, 4))} mu`;
    case 'km':
      return `${en.format(value)} km`;
    case 'items':
      return `${en.format(value)} items`;
  }
}
