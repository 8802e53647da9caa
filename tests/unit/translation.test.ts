/** The English translation: complete, without Chinese outside marked spans, every figure exact. */
import { describe, expect, it } from 'vitest';
import { entryText } from '../../src/schemas/translation.ts';
import { withoutOriginalTerms, plainTranslation } from '../../src/pipeline/inline-translation.ts';
import { chineseFigures, englishValues, missingFigures } from '../../src/pipeline/figures.ts';
import { edition } from '../support/edition.ts';

describe('figures', () => {
  it('reads Chinese figures with their scale', () => {
    expect(chineseFigures('生产总值 1121 亿元，增长 7.4%；新增 3.6 万人，2 月 9 日').map((f) => [f.value, f.month])).toEqual([
      [112_100_000_000, undefined],
      [7.4, undefined],
      [36_000, undefined],
      [2, 2],
      [9, undefined],
    ]);
  });
  it('reads English figures with their scale and thousands separators', () => {
    expect(englishValues('112.1 billion yuan, 36,000 people, 5.728 million m²')).toEqual([112_100_000_000, 112.1, 36000, 5_728_000, 5.728]);
  });
  it('finds a figure that the English lost or changed', () => {
    expect(missingFigures('生产总值 1121 亿元，增长 7.4%。', 'GDP reached 112.1 billion yuan, up 7.4%.')).toEqual([]);
    expect(missingFigures('生产总值 1121 亿元，增长 7.4%。', 'GDP reached 1.121 billion yuan, up 7.5%.').map((f) => f.text)).toEqual(['1121 亿', '7.4']);
    expect(missingFigures('2015 年 2 月 9 日', 'on 9 March 2015').map((f) => f.text)).toEqual(['2 月']);
  });
});

for (const report of edition.reports) {
  const english = report.translations.get('en')!;
  describe(`the English of ${report.meta.slug}`, () => {
    it('translates every anchor', () => {
      const untranslated = report.units.filter((u) => !english.has(u.id)).map((u) => u.id);
      expect(untranslated).toEqual([]);
    });

    it('has no Chinese character outside a marked original-term span', () => {
      const withChinese = [...english].filter(([, entry]) => /\p{Script=Han}/u.test(withoutOriginalTerms(entryText(entry)))).map(([id]) => id);
      expect(withChinese).toEqual([]);
    });

    it('states every figure of the Chinese, converted, or says beside the entry why not', () => {
      const mismatches: string[] = [];
      for (const unit of report.units) {
        const entry = english.get(unit.id);
        if (!entry || typeof entry === 'object') continue; // an entry with a note carries its reason
        const missing = missingFigures(unit.zh, plainTranslation(entryText(entry)));
        if (missing.length > 0) mismatches.push(`${unit.id}: ${missing.map((f) => f.text).join(', ')}`);
      }
      expect(mismatches).toEqual([]);
    });
  });
}
