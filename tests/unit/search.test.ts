/**
 * Search, without a browser: the query table against the functions the search page runs
 * (src/scripts/exact-search.ts), over the data the build publishes (the same reportData and
 * glossaryData that write dist/data/). tests/site/search.test.ts checks the page end to end.
 */
import { describe, expect, it } from 'vitest';
import { exactHits, matchEntries, type Hit } from '../../src/scripts/exact-search.ts';
import { glossaryData, reportData } from '../../src/edition/published-data.ts';
import { makeUrls } from '../../src/site/urls.ts';
import { edition } from '../support/edition.ts';
import { LANGUAGES } from '../../src/i18n/langs.ts';
import { RENDERING_LANG } from '../../src/edition/glossary-names.ts';

const urls = makeUrls('/');
const reports = edition.reports.map((report) => reportData(report, edition, urls));
const { entries } = glossaryData(edition.glossary, urls);
// As the search page hands them over (src/pages/[lang]/search.astro).
const languages = LANGUAGES.map(({ code, htmlLang, label }) => ({ code, htmlLang, label }));
const search = (query: string, lang: string) => exactHits(reports, entries, query, lang, languages, RENDERING_LANG);

/** [page language, query, anchor of the first exact result (in the page's language), glossary entry shown as a card] */
const QUERIES: [lang: 'zh' | 'en', query: string, first: string, card: string | null][] = [
  ['zh', '五水共治', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['zh', '三改一拆', 'p1-2-s1', 'san-gai-yi-chai'],
  ['zh', '四换三名', 'p1-1-s14', 'si-huan-san-ming'],
  ['zh', '四单一网', 'p1-5-s3', 'si-dan-yi-wang'],
  ['zh', '腾笼换鸟', 'p1-1-s15', 'teng-long-huan-niao'],
  ['zh', '河长制', 'p1-2-s3', 'he-zhang-zhi'],
  ['zh', '两化', 'p1-1-s14', 'liang-hua-rong-he'],
  ['zh', '大禹鼎', 'p1-2-s6', 'da-yu-ding'],
  ['zh', '黄标车', 'p1-2-s11', 'huang-biao-che'],
  ['zh', '新常态', 'p1-s8', 'xin-chang-tai'],
  ['zh', '美丽乡村', 'p1-3-s15', 'mei-li-xiang-cun'],
  ['zh', '劣V类水质', 'p2-5-s6', 'lie-v-lei-shui-zhi'],
  ['zh', '千人计划', 'p1-1-s13', 'qian-ren-ji-hua'],
  ['zh', '衢宁铁路', 'p1-1-s8', 'qu-ning-tie-lu'],
  ['zh', '江郎山', 'p1-1-s21', 'jiang-lang-shan'],
  ['zh', '572.8', 'p1-2-s8', null],
  ['zh', '1121', 'p1-1-s2', null],
  ['zh', '288', 'p1-2-s11', null],
  ['zh', 'river chief', 'p1-2-s3', 'he-zhang-zhi'],
  ['zh', 'Harnessing Five Waters', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['en', '五水共治', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['en', 'river chief', 'p1-2-s3', 'he-zhang-zhi'],
  ['en', 'Four Lists and One Network', 'p1-5-s3', 'si-dan-yi-wang'],
  ['en', '112.1 billion', 'p1-1-s2', null],
  ['en', 'ecological barrier', 'p1-s2', 'sheng-tai-ping-zhang'],
];
/** Strings near a term that must not be taken for it. */
const NEAR_MISSES = ['五水共享', '治河', '三改一建', '四换一名'];

const marked = (hit: Hit) => hit.ranges.map(([start, end]) => hit.text.slice(start, end));
/** A form as the matcher compares it: Chinese without whitespace (the seed writes “1121 亿元”), English in any case. */
const comparable = (text: string) => text.replace(/\s+/gu, '').toLowerCase();

describe('the query table', () => {
  for (const [lang, query, first, card] of QUERIES) {
    it(`${lang}: “${query}” → ${first}`, () => {
      const cards = matchEntries(entries, query);
      const hits = search(query, lang);
      const top = hits[0]!;
      expect(top?.unit.id).toBe(first);
      expect(top.lang).toBe(lang);
      // Where the page links the hit: the sentence's chapter is the part its id names (the opening and title are in part 1).
      expect(top.unit.url[lang]).toBe(`/${lang}/quzhou-2015/part-${/^p(\d+)/u.exec(first)?.[1] ?? '1'}/#${first}`);
      // What the page marks is the query itself, or a form of the entry it names, in the hit's language.
      const forms = [query, ...cards.flatMap((e) => (lang === 'zh' ? [e.term, ...e.aliases] : [e.en]))].map(comparable);
      expect(marked(top).length).toBeGreaterThan(0);
      for (const text of marked(top)) expect(forms, text).toContain(comparable(text));
      expect(cards.map((e) => e.id)[0] ?? null).toBe(card);
    });
  }
});

describe('near-misses are never exact', () => {
  for (const query of NEAR_MISSES) {
    it(`“${query}” has no exact match and no glossary card`, () => {
      expect(search(query, 'zh')).toEqual([]);
      expect(matchEntries(entries, query)).toEqual([]);
    });
  }
});

describe('both languages', () => {
  it('a Chinese term on an English page also finds the English sentences with its rendering, the page language first', () => {
    const hits = search('河长制', 'en');
    expect(hits.some((h) => h.lang === 'en' && marked(h).includes('river chief system'))).toBe(true);
    expect(hits.some((h) => h.lang === 'zh' && marked(h).includes('河长制'))).toBe(true);
    const firstZh = hits.findIndex((h) => h.lang === 'zh');
    expect(hits.slice(firstZh).every((h) => h.lang === 'zh')).toBe(true);
  });
});
