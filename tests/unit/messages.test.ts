/** The one message formatter (src/i18n/messages.ts), as the pages and the client scripts use it. */
import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, translator } from '../../src/i18n/messages.ts';
import { translate } from '../../src/i18n/strings.ts';

const plurals = (locale: string) => new Intl.PluralRules(locale);
const matches = { one: '{count} exact match for “{query}”', other: '{count} exact matches for “{query}”' };

describe('formatMessage', () => {
  it('chooses the English plural by Intl.PluralRules', () => {
    expect(formatMessage(matches, { count: 1, query: '五水共治' }, plurals('en'))).toBe('1 exact match for “五水共治”');
    expect(formatMessage(matches, { count: 0, query: '五水共治' }, plurals('en'))).toBe('0 exact matches for “五水共治”');
    expect(formatMessage(matches, { count: 2, query: '五水共治' }, plurals('en'))).toBe('2 exact matches for “五水共治”');
  });

  it('uses `other` for every count in Chinese, which has no plural forms', () => {
    const zh = { one: '一个', other: '{count} 个精确匹配' };
    for (const count of [0, 1, 2, 21]) expect(formatMessage(zh, { count }, plurals('zh-Hans-CN'))).toBe(`${count} 个精确匹配`);
  });

  it('follows the language’s own categories, not “1 or not”', () => {
    const polish = { one: '{count} plik', few: '{count} pliki', many: '{count} plików', other: '{count} pliku' };
    expect([1, 2, 5, 22, 25, 1.5].map((count) => formatMessage(polish, { count }, plurals('pl')))).toEqual(['1 plik', '2 pliki', '5 plików', '22 pliki', '25 plików', '1.5 pliku']);
  });

  it('prefers an exact =N variant to the plural category', () => {
    const part = { '=1': 'Part I', '=3': 'Part III', one: 'never', other: 'Part {count}' };
    expect(formatMessage(part, { count: 3 }, plurals('en'))).toBe('Part III');
    expect(formatMessage(part, { count: 1 }, plurals('en'))).toBe('Part I');
    expect(formatMessage(part, { count: 12 }, plurals('en'))).toBe('Part 12');
  });

  it('interpolates every placeholder, as often as it stands', () => {
    expect(formatMessage('{date}在{venue}上所作的报告。{date}', { date: '2015年2月9日', venue: '大会' }, plurals('zh'))).toBe('2015年2月9日在大会上所作的报告。2015年2月9日');
  });

  it('inserts a value as it is: `$&`, `$1`, `$$` and braces stay literal', () => {
    for (const query of ['$&', '$1', '$$', '$`', "$'", '{count}', '{query}']) {
      expect(formatMessage(matches, { count: 1, query }, plurals('en'))).toBe(`1 exact match for “${query}”`);
      expect(formatMessage('Cite {where}', { where: query }, plurals('en'))).toBe(`Cite ${query}`);
    }
  });

  it('refuses a missing value and variants without a number', () => {
    expect(() => formatMessage('Cite {where}', {}, plurals('en'))).toThrow(/no value for \{where\}/u);
    expect(() => formatMessage(matches, { query: 'x' }, plurals('en'))).toThrow(/needs a number `count`/u);
  });

  it('lists a message’s placeholders across its variants', () => {
    expect(placeholdersOf({ one: '{count} of {total}', other: '{count} in {where}' }).sort()).toEqual(['count', 'total', 'where']);
  });
});

describe('translator', () => {
  it('refuses a key it has no message for', () => {
    expect(() => translator({ citeLabel: 'Cite {where}' }, 'en')('copy')).toThrow(/no message “copy”/u);
  });

  it('gives the edition’s strings their plurals and numerals', () => {
    const en = translate('en');
    const zh = translate('zh');
    expect(en('searchStatus', { count: 1, query: '河长制' })).toBe('1 exact match for “河长制”');
    expect(en('searchStatus', { count: 3, query: '河长制' })).toBe('3 exact matches for “河长制”');
    expect(zh('searchStatus', { count: 1, query: '河长制' })).toBe('“河长制”：1 个精确匹配');
    expect(en('concordanceCount', { count: 1, sentences: en('sentencesCount', { count: 1 }) })).toBe('1 occurrence in 1 sentence of the report');
    expect(en('concordanceCount', { count: 3, sentences: en('sentencesCount', { count: 2 }) })).toBe('3 occurrences in 2 sentences of the report');
    expect(zh('concordanceCount', { count: 3, sentences: zh('sentencesCount', { count: 2 }) })).toBe('报告中出现 3 次，见于 2 句');
    expect(en('chapterLabel', { count: 2 })).toBe('Part II');
    expect(zh('chapterLabel', { count: 2 })).toBe('第二部分');
    expect(en('glossaryCount', { shown: 3, total: 172 })).toBe('Showing 3 of 172 entries');
  });
});
