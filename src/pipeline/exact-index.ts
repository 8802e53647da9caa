/**
 * The exact-search index: per language, where every key of the text stands (unit number and
 * position), cut into files by a hash of the key, so that a query fetches only the files of its own
 * keys, as Pagefind fetches its own. Keys follow search-tokens.ts: in Chinese text each character and
 * each pair of characters; in English text each word, with word lists by their first two characters
 * (a query's word, or the start of its last word, is looked up there first). Positions make the index
 * exact: a query's hits and their count come from the index alone, and only the hits shown fetch
 * their text. With more reports the files grow in number, not in size.
 * Pure: the build writes the files (edition/exact-search-files.ts), the search page reads them.
 */
import { chineseChars, englishWords, wordMatches, type TextMode } from './search-tokens.ts';

/** A key's postings: for each unit that has it, the unit's number, then the key's positions in it. */
export type Postings = number[][];
/** A postings file: key → postings. */
export type Shard = Record<string, Postings>;
/** A word-list file (English): the first two characters of a word → every word (folded) that begins with them. */
export type WordShard = Record<string, string[]>;

/** About this many positions go into a postings file (about 5 KB gzip). */
export const POSITIONS_PER_SHARD = 2000;
/** About this many words go into a word-list file. */
const WORDS_PER_SHARD = 1500;

/** FNV-1a over UTF-16 code units: the same number in Node and in every browser. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The file a key is filed in, out of `count`. */
export const shardOf = (key: string, count: number) => hash(key) % count;
/** The first two characters of a word: its word list's key (wordKey keeps them, so every form of a word is in one list). */
export const wordPrefix = (word: string) => [...word].slice(0, 2).join('');

/**
 * A text's keys with their positions. Chinese: each character alone (a one-character query) and each
 * pair of characters (every longer query); English: each word, folded.
 */
export function keysOf(text: string, mode: TextMode): [key: string, position: number][] {
  if (mode === 'words') return englishWords(text).map((w, i) => [w.fold, i]);
  const { chars } = chineseChars(text);
  return chars.flatMap((c, i): [string, number][] => (i + 1 < chars.length ? [[c, i], [c + chars[i + 1]!, i]] : [[c, i]]));
}

export interface LanguageIndex {
  shards: Shard[];
  /** English only: the word lists. */
  wordShards: WordShard[];
}

/** The index of a language's texts (one per unit, in unit-number order; null where a unit has none). */
export function buildLanguageIndex(texts: (string | null)[], mode: TextMode): LanguageIndex {
  // Each key's postings as flat (unit, position) pairs, in unit order: one array per key, not one per key and unit.
  const pairs = new Map<string, number[]>();
  let positions = 0;
  texts.forEach((text, unit) => {
    if (text === null) return;
    for (const [key, position] of keysOf(text, mode)) {
      let list = pairs.get(key);
      if (!list) pairs.set(key, (list = []));
      list.push(unit, position);
      positions += 1;
    }
  });
  const count = Math.max(1, Math.ceil(positions / POSITIONS_PER_SHARD));
  const shards: Shard[] = Array.from({ length: count }, () => ({}));
  // Keys in code-point order, so that the files are the same on every build.
  const keys = [...pairs.keys()].sort(compareStrings);
  for (const key of keys) {
    const list = pairs.get(key)!;
    const postings: Postings = [];
    for (let i = 0; i < list.length; i += 2) {
      const last = postings.at(-1);
      if (last && last[0] === list[i]) last.push(list[i + 1]!);
      else postings.push([list[i]!, list[i + 1]!]);
    }
    shards[shardOf(key, count)]![key] = postings;
  }
  if (mode === 'chars') return { shards, wordShards: [] };
  const wordCount = Math.max(1, Math.ceil(keys.length / WORDS_PER_SHARD));
  const wordShards: WordShard[] = Array.from({ length: wordCount }, () => ({}));
  for (const word of keys) (wordShards[shardOf(wordPrefix(word), wordCount)]![wordPrefix(word)] ??= []).push(word);
  return { shards, wordShards };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Where an index's files come from: the page fetches them, the tests read them from memory. */
export interface IndexFiles {
  shard(n: number): Promise<Shard>;
  wordShard(n: number): Promise<WordShard>;
  shardCount: number;
  wordShardCount: number;
}

/** Each step of a lookup: the keys that stand for one part of the needle, at its offset from the needle's start. */
async function stepsOf(needle: string, mode: TextMode, files: IndexFiles): Promise<{ offset: number; keys: string[] }[]> {
  if (mode === 'chars') {
    const q = chineseChars(needle).chars;
    if (q.length <= 1) return q.map((c) => ({ offset: 0, keys: [c] }));
    // Pairs at 0, 2, 4… and the last pair cover every character, in fewer lookups than every pair.
    const offsets = new Set<number>();
    for (let j = 0; j + 1 < q.length; j += 2) offsets.add(j);
    offsets.add(q.length - 2);
    return [...offsets].map((j) => ({ offset: j, keys: [q[j]! + q[j + 1]!] }));
  }
  const words = englishWords(needle).map((w) => w.fold);
  return Promise.all(
    words.map(async (word, j) => {
      const list = (await files.wordShard(shardOf(wordPrefix(word), files.wordShardCount)))[wordPrefix(word)] ?? [];
      return { offset: j, keys: list.filter((key) => wordMatches(key, word, j === words.length - 1)) };
    }),
  );
}

/** Positions by unit of any of `keys`. */
async function positionsOf(keys: string[], files: IndexFiles): Promise<Map<number, Set<number>>> {
  const byUnit = new Map<number, Set<number>>();
  for (const key of keys) {
    const postings = (await files.shard(shardOf(key, files.shardCount)))[key] ?? [];
    for (const [unit, ...list] of postings) {
      let set = byUnit.get(unit!);
      if (!set) byUnit.set(unit!, (set = new Set()));
      for (const p of list) set.add(p);
    }
  }
  return byUnit;
}

/**
 * The units in which a needle stands: an exact answer from the index, no text needed. It reads the
 * postings of the needle's first key first: where that key is missing (an English query in the
 * Chinese index, say), no other file is read.
 */
export async function unitsWith(needle: string, mode: TextMode, files: IndexFiles): Promise<Set<number>> {
  const steps = await stepsOf(needle, mode, files);
  if (steps.length === 0 || steps.some((step) => step.keys.length === 0)) return new Set();
  const first = await positionsOf(steps[0]!.keys, files);
  if (first.size === 0) return new Set();
  const rest = await Promise.all(steps.slice(1).map((step) => positionsOf(step.keys, files)));
  const all = [first, ...rest];
  const found = new Set<number>();
  for (const [unit, starts] of first) {
    for (const start of starts) {
      const p = start - steps[0]!.offset;
      if (steps.every((step, i) => all[i]!.get(unit)?.has(p + step.offset))) {
        found.add(unit);
        break;
      }
    }
  }
  return found;
}

/** The index's files, by path under its folder (`/exact-search/`). */
export const INDEX_FILES = {
  meta: 'meta.json',
  glossary: 'glossary.json',
  cards: (pageLang: string, n: number) => `glossary-${pageLang}/c${n}.json`,
  shard: (lang: string, n: number) => `${lang}/s${n}.json`,
  wordShard: (lang: string, n: number) => `${lang}/w${n}.json`,
  block: (lang: string, n: number) => `${lang}/t${n}.json`,
};

/** `meta.json`: what every query reads first. Units are numbered across reports in reading order, the same in every language. */
export interface IndexMeta {
  languages: Record<string, { mode: TextMode; shards: number; wordShards: number; blockStarts: number[] }>;
  /** The chapters of every report, in order, each with the number of its first unit. */
  chapters: IndexChapter[];
  /** The number of glossary card files per page language. */
  cardFiles: number;
  /** The characters that traditional → simplified conversion changes (encodeCodePoints). */
  traditional: string;
}

export interface IndexChapter {
  report: string;
  id: string;
  firstUnit: number;
  title: Record<string, string | null>;
  url: Record<string, string>;
}

/** A text block file: the texts of the units from `first` on ([anchor id, label, text or null]). */
export interface TextBlock {
  first: number;
  units: [id: string, label: string, text: string | null][];
}

/** A glossary entry as search matches it (`glossary.json`, the same for every page language). */
export interface IndexEntry {
  id: string;
  term: string;
  /** Other forms under which it stands in the text. */
  aliases: string[];
  /** Names that do not stand in the text but are searched for (the glossary's `searchAliases`). */
  searchAliases: string[];
  pinyin: string;
  en: string;
  /** Other published renderings. */
  renderings: string[];
}

/** What a card shows besides the names, in one page language; a card file holds the entries whose id falls in it (shardOf). */
export interface IndexCard {
  /** The short definition in the page's language, or in the source language where it has none yet. */
  short: string;
  shortLang: string;
  url: string;
}

/** Code points as base-36 differences: a set of 3,000 characters in about 2 KB gzip. */
export const encodeCodePoints = (points: number[]) =>
  [...new Set(points)]
    .sort((a, b) => a - b)
    .map((p, i, all) => (p - (all[i - 1] ?? 0)).toString(36))
    .join(',');

export function decodeCodePoints(encoded: string): Set<number> {
  let point = 0;
  return new Set(encoded ? encoded.split(',').map((d) => (point += parseInt(d, 36))) : []);
}
