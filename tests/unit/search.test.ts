/**
 * Search, without a browser: the query table against the functions the search page runs
 * (src/scripts/exact-search.ts), on the exact-search index the build writes from the published data
 * (edition/exact-search-files.ts over the same reportData and glossary), read through the same
 * loader interface as the page's fetch. tests/site/search.test.ts checks the page end to end.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createExactSearch, matchEntries, type Hit } from '../../src/scripts/exact-search.ts';
import { exactSearchFiles } from '../../src/edition/exact-search-files.ts';
import { findAll } from '../../src/pipeline/search-tokens.ts';
import { INDEX_FILES, type IndexEntry } from '../../src/pipeline/exact-index.ts';
import { reportData, type PublishedReport } from '../../src/edition/published-data.ts';
import { toSimplified } from '../../src/scripts/traditional-chinese.ts';
import { makeUrls } from '../../src/site/urls.ts';
import { edition } from '../support/edition.ts';
import { LANGUAGES, SOURCE_LANG } from '../../src/i18n/langs.ts';
import { RENDERING_LANG } from '../../src/edition/glossary-names.ts';

const urls = makeUrls('/');
const reports = edition.reports.map((report) => reportData(report, edition, urls));
const indexLanguages = LANGUAGES.map((l) => ({ code: l.code, source: l.code === SOURCE_LANG }));
// As the search page hands them over (src/pages/[lang]/search.astro).
const languages = LANGUAGES.map(({ code, htmlLang, label }) => ({ code, htmlLang, label }));

/** The search page's engine over index files held in memory; `fetched` lists the files it read, in order. */
function engineOver(files: Map<string, string>, pageLang: string) {
  const fetched: string[] = [];
  let converterLoaded = false;
  const engine = createExactSearch({
    load: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`no index file ${path}`);
      fetched.push(path);
      return JSON.parse(text);
    },
    simplifier: async () => ((converterLoaded = true), toSimplified),
    languages,
    renderingLang: RENDERING_LANG,
    pageLang,
  });
  return { engine, fetched, converterLoaded: () => converterLoaded };
}

const files = exactSearchFiles(reports, edition.glossary.entries, indexLanguages, urls);
const glossaryEntries = (JSON.parse(files.get(INDEX_FILES.glossary)!) as { entries: IndexEntry[] }).entries;

/** Every hit of a query with its text, as the page would show them all. */
async function search(query: string, lang: string) {
  const { engine, converterLoaded } = engineOver(files, lang);
  const found = await engine.find(query);
  return { ...found, shown: await engine.texts(found.hits), converterLoaded: converterLoaded() };
}

/** [page language, query, anchor of the first exact result (in the page's language), glossary entry shown first as a card] */
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
  // Issue #18: what students type.
  // Traditional characters, converted to the simplified text.
  ['zh', '河長制', 'p1-2-s3', 'he-zhang-zhi'],
  ['zh', '騰籠換鳥', 'p1-1-s15', 'teng-long-huan-niao'],
  ['zh', '黃標車', 'p1-2-s11', 'huang-biao-che'],
  ['en', '河長制', 'p1-2-s3', 'he-zhang-zhi'],
  ['zh', '衢寧鐵路', 'p1-1-s8', 'qu-ning-tie-lu'],
  // English plural and singular, case, hyphen and space.
  ['en', 'river chiefs', 'p1-2-s3', 'he-zhang-zhi'],
  ['en', 'RIVER CHIEF SYSTEM', 'p1-2-s3', 'he-zhang-zhi'],
  ['en', 'ecological barriers', 'p1-s2', 'sheng-tai-ping-zhang'],
  ['en', 'harnessing five water', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['en', 'high speed rail', 'p1-1-s8', 'hang-chang-gao-tie'],
  ['en', 'e commerce', 'p1-1-s19', null],
  ['en', 'E-Commerce', 'p1-1-s19', null],
  // Other renderings and search aliases bring the term and its sentences.
  ['en', 'subsistence allowance', 'p1-4-s4', 'di-bao'],
  ['zh', 'subsistence allowances', 'p1-4-s4', 'di-bao'],
  ['en', 'public-private partnership', 'p3-1-s12', 'zheng-fu-yu-she-hui-zi-ben-he-zuo'],
  ['zh', 'public private partnership', 'p3-1-s12', 'zheng-fu-yu-she-hui-zi-ben-he-zuo'],
  ['zh', 'PPP', 'p3-1-s12', 'zheng-fu-yu-she-hui-zi-ben-he-zuo'],
  ['zh', '特色小镇', 'p1-1-s21', 'te-se-chan-ye-xiao-zhen'],
  ['en', '特色小鎮', 'p1-1-s21', 'te-se-chan-ye-xiao-zhen'],
  ['en', 'characteristic town', 'p1-1-s21', 'te-se-chan-ye-xiao-zhen'],
  // Pinyin with and without tones (kept).
  ['zh', 'wushuigongzhi', 'p1-2-s1', 'wu-shui-gong-zhi'],
  ['en', 'wǔ shuǐ gòngzhì', 'p1-2-s1', 'wu-shui-gong-zhi'],
];
/** Strings near a term that must not be taken for it. */
const NEAR_MISSES = ['五水共享', '治河', '三改一建', '四换一名', '五水共享', 'river chiefdom'];

const marked = (hit: Hit) => hit.ranges.map(([start, end]) => hit.text.slice(start, end));
/** A form as the page compares it: by characters in Chinese, by words (folded) in English. */
const sameForm = (text: string, form: string, lang: string) => findAll(text, form, lang === SOURCE_LANG ? 'chars' : 'words').some(([s, e]) => s === 0 && e === text.length);

describe('the query table', () => {
  for (const [lang, query, first, card] of QUERIES) {
    it(`${lang}: “${query}” → ${first}`, async () => {
      const { shown, entries, query: searched } = await search(query, lang);
      const top = shown[0]!;
      expect(top?.id).toBe(first);
      expect(top.lang).toBe(lang);
      // Where the page links the hit: the sentence's chapter is the part its id names (the opening and title are in part 1).
      expect(top.url).toBe(`/${lang}/quzhou-2015/part-${/^p(\d+)/u.exec(first)?.[1] ?? '1'}/#${first}`);
      // What the page marks is the query itself, or a form of the entry it names, in the hit's language.
      const forms = [searched, ...entries.flatMap((e) => (lang === SOURCE_LANG ? [e.term, ...e.aliases] : [e.en]))];
      expect(marked(top).length).toBeGreaterThan(0);
      for (const text of marked(top)) expect(forms.some((form) => sameForm(text, form, lang) || findAll(text, form, lang === SOURCE_LANG ? 'chars' : 'words').length > 0), text).toBe(true);
      expect(entries.map((e) => e.id)[0] ?? null).toBe(card);
    });
  }
});

describe('near-misses are never exact', () => {
  for (const query of NEAR_MISSES) {
    it(`“${query}” has no exact match and no glossary card`, async () => {
      const found = await search(query, 'zh');
      expect(found.hits).toEqual([]);
      expect(found.entries).toEqual([]);
    });
  }

  it('a near-miss by one character suggests the term, apart from the matches', async () => {
    expect((await search('五水共享', 'zh')).suggestions.map((e) => e.id)).toEqual(['wu-shui-gong-zhi']);
    expect((await search('三改一建', 'en')).suggestions.map((e) => e.id)).toEqual(['san-gai-yi-chai']);
    // Nothing is suggested where something matched.
    expect((await search('五水共治', 'zh')).suggestions).toEqual([]);
  });
});

describe('traditional characters', () => {
  it('converts a query only when it has a character that conversion changes', async () => {
    const traditional = await search('騰籠換鳥', 'zh');
    expect(traditional.converterLoaded).toBe(true);
    expect(traditional).toMatchObject({ query: '腾笼换鸟', simplified: true });
    for (const query of ['腾笼换鸟', 'river chief', '1121', '河']) expect((await search(query, 'zh')).converterLoaded, query).toBe(false);
  });

  it('finds what the simplified query finds, hit for hit', async () => {
    for (const [traditional, simplified] of [['河長制', '河长制'], ['黃標車', '黄标车'], ['騰籠換鳥', '腾笼换鸟']] as const) {
      expect((await search(traditional, 'en')).hits).toEqual((await search(simplified, 'en')).hits);
    }
  });
});

describe('English words', () => {
  it('match across plural and singular, hyphen and space, case, never inside a word', () => {
    expect(findAll('the River-Chief system', 'river chiefs', 'words')).toEqual([[4, 15]]);
    expect(findAll('new e-commerce towns', 'E Commerce Town', 'words')).toEqual([[4, 20]]);
    expect(findAll('cities and policies', 'city', 'words')).toEqual([[0, 6]]);
    expect(findAll('policies', 'police', 'words')).toEqual([]);
    expect(findAll('a mischief', 'chief', 'words')).toEqual([]);
    // The query's last word may be the start of a word (search as you type).
    expect(findAll('High-Speed Railway', 'high speed rail', 'words')).toEqual([[0, 18]]);
    // Symbols count; other punctuation separates words.
    expect(findAll('grew 7.4 billion, up 7.4%', '7.4%', 'words')).toEqual([[21, 25]]);
    expect(findAll('item 1.', '$1', 'words')).toEqual([]);
    expect(findAll('US$2.89 billion', "$'", 'words')).toEqual([]);
    expect(findAll("the farmers' ‘river chief’ system", 'farmer river chief system', 'words')).toEqual([[4, 33]]);
  });
});

describe('the index finds what a scan of the text finds', () => {
  // The index answers without the text; a scan of every unit's text by the same rule (findAll) is the
  // reference. Every query of the tables and every eighth glossary entry's term and rendering, in both languages.
  const queries = [...new Set([...QUERIES.map(([, q]) => toSimplified(q)), ...NEAR_MISSES, ...glossaryEntries.filter((_, i) => i % 8 === 0).flatMap((e) => [e.term, e.en]), '河', 'e', 'rail', 'the'])];
  const units = reports.flatMap((r) => r.units);
  it(`${queries.length} queries`, async () => {
    const { engine } = engineOver(files, 'zh');
    let compared = 0;
    for (const query of queries) {
      for (const { code, source } of indexLanguages) {
        const found = await engine.find(query, { langs: [code] });
        const fromIndex = new Set(found.hits.map((h) => h.unit));
        const needles = found.hits[0]?.needles ?? [query];
        const scanned = units.flatMap((u, n) => {
          const text = (u as unknown as Record<string, string | null>)[code];
          return text && needles.some((needle) => findAll(text, needle, source ? 'chars' : 'words').length > 0) ? [n] : [];
        });
        if (found.hits.length > 0 || found.entries.length === 0) {
          expect([...fromIndex].sort((a, b) => a - b), `${code}: ${query}`).toEqual(scanned);
          compared += scanned.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});

describe('both languages', () => {
  it('a Chinese term on an English page also finds the English sentences with its rendering, the page language first', async () => {
    const { shown } = await search('河长制', 'en');
    expect(shown.some((h) => h.lang === 'en' && marked(h).includes('river chief system'))).toBe(true);
    expect(shown.some((h) => h.lang === 'zh' && marked(h).includes('河长制'))).toBe(true);
    const firstZh = shown.findIndex((h) => h.lang === 'zh');
    expect(shown.slice(firstZh).every((h) => h.lang === 'zh')).toBe(true);
  });
});

describe('what a first query downloads', () => {
  const gzipBytes = (index: Map<string, string>, paths: string[]) => paths.reduce((total, path) => total + gzipSync(index.get(path)!).length, 0);
  /** The files a first query reads up to its first page of hits (the page shows 20). */
  async function firstQuery(index: Map<string, string>, query: string, lang: string) {
    const { engine, fetched } = engineOver(index, lang);
    const found = await engine.find(query);
    await engine.texts(found.hits.slice(0, 20));
    return { found, bytes: gzipBytes(index, fetched), files: fetched };
  }

  it('reads a few shards of the page language’s index, never the whole corpus: ≤ 120 KB gzip', async () => {
    for (const [query, lang] of [['五水共治', 'zh'], ['river chief', 'en'], ['河長制', 'zh']] as const) {
      const { bytes, files: read } = await firstQuery(files, query, lang);
      expect(bytes, query).toBeLessThanOrEqual(120 * 1024);
      expect(read.filter((f) => f.includes('/s')).length).toBeLessThan([...files.keys()].filter((f) => f.includes('/s')).length);
    }
  });

  it('with 30 reports, a first query still reads ≤ 150 KB gzip up to its first page of hits', async () => {
    // 30 copies of the report under new slugs, as a user adding reports would have them.
    const copies: PublishedReport[] = Array.from({ length: 30 }, (_, i) => ({ ...reports[0]!, report: { ...reports[0]!.report, slug: `copy-${i}` } }));
    const thirty = exactSearchFiles(copies, edition.glossary.entries, indexLanguages, urls);
    for (const [query, lang] of [['五水共治', 'zh'], ['river chief', 'en']] as const) {
      const { bytes, found } = await firstQuery(thirty, query, lang);
      expect(found.hits.length).toBe((await search(query, lang)).hits.length * 30);
      expect(bytes, query).toBeLessThanOrEqual(150 * 1024);
    }
  });
});
