/**
 * What the search page finds, without the page: the glossary entries a query names, and the exact
 * matches in the text, found in the exact-search index (pipeline/exact-index.ts) — every unit whose
 * text holds the query (Chinese by characters, English by words: search-tokens.ts), or, for a
 * glossary term, one of its forms. A query in traditional characters is converted to simplified
 * first. Files come through `load`, so the query table runs in Node on the files the build writes
 * (tests/unit/search.test.ts) and the page runs it on the published ones.
 */
import { findAll, hasHan, mergeRanges, type TextMode } from '../pipeline/search-tokens.ts';
import { decodeCodePoints, INDEX_FILES, shardOf, unitsWith, type IndexCard, type IndexChapter, type IndexEntry, type IndexMeta, type Shard, type TextBlock, type WordShard } from '../pipeline/exact-index.ts';

export type Lang = string;
export type Entry = IndexEntry;
/** A language of the edition as the page hands it over; the source language first. */
export interface SearchLanguage {
  code: Lang;
  htmlLang: string;
  label: string;
}

/** A unit in which a query stands, in one language: what the index tells without the text. */
export interface HitRef {
  lang: Lang;
  unit: number;
  chapter: IndexChapter;
  /** The forms searched for in this language (the query, and a glossary term's forms). */
  needles: string[];
}
/** A hit with its text, its anchor and what to mark. */
export interface Hit extends HitRef {
  id: string;
  label: string;
  text: string;
  url: string;
  ranges: [number, number][];
}

export interface Found {
  /** The query as searched: converted to simplified characters where it had traditional ones. */
  query: string;
  simplified: boolean;
  /** Glossary entries the query names, with what their cards show. */
  entries: (Entry & IndexCard)[];
  /** Every exact hit: the page's language first, then the others in the table's order; within a language, reading order. */
  hits: HitRef[];
  /** Only when nothing matched: glossary terms that differ from a Chinese query by one character. */
  suggestions: Entry[];
}

const squeeze = (s: string) => s.replace(/\s+/gu, '').toLowerCase();
// Glossary pinyin is written by GB/T 16159 (words joined, apostrophes, hyphens): a query matches it letters only.
const toneless = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}]+/gu, '').toLowerCase();

/** Entries a query names: a Chinese form, a name search knows it by, its pinyin, or words of its English names. Exact names first. */
export function matchEntries(entries: Entry[], query: string): Entry[] {
  const q = query.trim();
  if (!q) return [];
  const chinese = hasHan(q);
  const named = (e: Entry) => [e.term, ...e.aliases, ...e.searchAliases].some((f) => squeeze(f) === squeeze(q));
  const englishNames = (e: Entry) => [e.en, ...e.renderings, ...e.searchAliases].filter((name) => !hasHan(name));
  const found = entries.filter(
    (e) =>
      named(e) ||
      (!chinese && [...q].length >= 3 && englishNames(e).some((name) => findAll(name, q, 'words').length > 0)) ||
      (!chinese && q.length >= 4 && toneless(e.pinyin) === toneless(q)),
  );
  const exact = (e: Entry) => named(e) || englishNames(e).some((name) => findAll(name, q, 'words').some(([start, end]) => start === 0 && end === name.length));
  return [...found.filter(exact), ...found.filter((e) => !exact(e))];
}

/** Terms a Chinese query of three characters or more misses by one: one character different, added or left out. */
export function suggestEntries(entries: Entry[], query: string): Entry[] {
  const q = [...squeeze(query)];
  if (q.length < 3 || !hasHan(query)) return [];
  const near = (form: string) => {
    const f = [...squeeze(form)];
    if (f.length === q.length) return f.filter((c, i) => c !== q[i]).length === 1;
    const [short, long] = f.length < q.length ? [f, q] : [q, f];
    if (long.length - short.length !== 1) return false;
    return long.some((_, skip) => long.filter((__, i) => i !== skip).every((c, i) => c === short[i]));
  };
  return entries.filter((e) => [e.term, ...e.aliases, ...e.searchAliases].some(near)).slice(0, 3);
}

/** What is searched for in each language: the query, and for each entry it names, its Chinese forms in the source language and its rendering in the renderings' language. */
export function needlesFor(query: string, entries: Entry[], languages: SearchLanguage[], renderingLang: Lang): Map<Lang, string[]> {
  const source = languages[0]!.code;
  const needles = new Map(languages.map((l) => [l.code, [query]]));
  for (const e of entries) {
    needles.get(source)!.push(e.term, ...e.aliases);
    needles.get(renderingLang)?.push(e.en);
  }
  return new Map([...needles].map(([lang, forms]) => [lang, [...new Set(forms.map((f) => f.trim()).filter(Boolean))]]));
}

export interface ExactSearchOptions {
  /** A file of the index by its path under the index folder (INDEX_FILES), parsed. */
  load: (path: string) => Promise<unknown>;
  /** The traditional → simplified converter, loaded only for a query that needs it. */
  simplifier: () => Promise<(text: string) => string>;
  languages: SearchLanguage[];
  renderingLang: Lang;
  pageLang: Lang;
}

export interface FindOptions {
  /** Languages to search (all when absent). */
  langs?: Lang[];
  /** `report/chapter`, or all chapters when absent. */
  chapter?: string;
}

export function createExactSearch(options: ExactSearchOptions) {
  const { languages, renderingLang, pageLang } = options;
  const files = new Map<string, Promise<unknown>>();
  const get = <T>(path: string): Promise<T> => {
    let file = files.get(path);
    if (!file) {
      file = options.load(path);
      files.set(path, file);
      // A failed fetch is tried again by the next query.
      file.catch(() => files.delete(path));
    }
    return file as Promise<T>;
  };
  const meta = () => get<IndexMeta>(INDEX_FILES.meta);
  let traditional: Set<number> | undefined;

  async function unitsIn(lang: Lang, needles: string[]): Promise<Set<number>> {
    const { mode, shards, wordShards } = (await meta()).languages[lang]!;
    const files = {
      shard: (n: number) => get<Shard>(INDEX_FILES.shard(lang, n)),
      wordShard: (n: number) => get<WordShard>(INDEX_FILES.wordShard(lang, n)),
      shardCount: shards,
      wordShardCount: wordShards,
    };
    const found = new Set<number>();
    for (const units of await Promise.all(needles.map((needle) => unitsWith(needle, mode, files)))) for (const unit of units) found.add(unit);
    return found;
  }

  async function find(rawQuery: string, { langs, chapter }: FindOptions = {}): Promise<Found> {
    const index = await meta();
    let query = rawQuery.trim();
    traditional ??= decodeCodePoints(index.traditional);
    const simplified = [...query].some((c) => traditional!.has(c.codePointAt(0)!));
    if (simplified) query = (await options.simplifier())(query);
    const glossary = (await get<{ entries: Entry[] }>(INDEX_FILES.glossary)).entries;
    if (!query) return { query, simplified, entries: [], hits: [], suggestions: [] };
    const named = matchEntries(glossary, query);
    const entries = await Promise.all(named.map(async (e) => ({ ...e, ...(await get<Record<string, IndexCard>>(INDEX_FILES.cards(pageLang, shardOf(e.id, index.cardFiles))))[e.id]! })));
    const needles = needlesFor(query, entries, languages, renderingLang);
    const order = [pageLang, ...languages.map((l) => l.code).filter((code) => code !== pageLang)].filter((code) => !langs || langs.includes(code));
    const perLang = await Promise.all(order.map(async (lang) => ({ lang, units: [...(await unitsIn(lang, needles.get(lang)!))].sort((a, b) => a - b) })));
    const hits = perLang.flatMap(({ lang, units }) => units.map((unit): HitRef => ({ lang, unit, chapter: chapterOf(index.chapters, unit), needles: needles.get(lang)! })));
    const shown = chapter ? hits.filter((h) => `${h.chapter.report}/${h.chapter.id}` === chapter) : hits;
    return { query, simplified, entries, hits: shown, suggestions: entries.length === 0 && hits.length === 0 ? suggestEntries(glossary, query) : [] };
  }

  /** The hits with their texts and marks: fetches only the text blocks they stand in. */
  async function texts(refs: HitRef[]): Promise<Hit[]> {
    const index = await meta();
    return Promise.all(
      refs.map(async (ref) => {
        const { mode, blockStarts } = index.languages[ref.lang]!;
        const block = await get<TextBlock>(INDEX_FILES.block(ref.lang, lastAtMost(blockStarts, ref.unit)));
        const [id, label, text] = block.units[ref.unit - block.first]!;
        return { ...ref, id, label, text: text ?? '', url: `${ref.chapter.url[ref.lang]}#${id}`, ranges: mergeRanges(ref.needles.flatMap((n) => findAll(text ?? '', n, mode as TextMode))) };
      }),
    );
  }

  return { find, texts, chapters: async () => (await meta()).chapters };
}

/** The index of the last value ≤ n in an ascending list. */
function lastAtMost(sorted: number[], n: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= n) low = mid;
    else high = mid - 1;
  }
  return low;
}

const chapterOf = (chapters: IndexChapter[], unit: number) => chapters[lastAtMost(chapters.map((c) => c.firstUnit), unit)]!;
