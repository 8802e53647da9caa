/**
 * What exact search compares, the same at build time (the index) and in the browser (the query,
 * and the marks on a hit). Two rules, by the language of the text:
 * - Chinese text is a run of characters, whitespace dropped (the seed writes “1121 亿元”) and case
 *   folded; a query matches any run of it (劣V类水质, 572.8, PPP).
 * - English text (and any other translation) is a run of words, each folded: case, accents, a
 *   possessive ’s, a plural ending (`wordKey`); a hyphen separates words like a space. A query
 *   matches a run of words; its last word may be the start of a word (“high speed rail” finds
 *   “High-Speed Railway”). Chinese characters in it are words of one character each.
 */

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string) => HAN.test(s);

/** A text's characters as Chinese search compares them, each with where it stands in the text. */
export function chineseChars(text: string): { chars: string[]; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) {
      chars.push(ch.toLowerCase());
      offsets.push(offset);
    }
    offset += ch.length;
  }
  return { chars, offsets };
}

// A word: letters, digits and marks, with an inner apostrophe, point or comma (Quzhou's, 112.1, 1,121) and a
// closing apostrophe (farmers'); or one Chinese character; or one symbol, which counts (7.4% is not 7.4 billion,
// $& is not $): \p{S}, %, ‰, & and an apostrophe that ends no word. Other punctuation separates words.
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])`;
const WORD = new RegExp(String.raw`\p{Script=Han}|${WORD_CHAR}+(?:['’.,]${WORD_CHAR}+)*(?:['’](?!${WORD_CHAR}))?|[\p{S}%‰&']`, 'gu');
// Irregular plurals that keep their first two letters (the index files a word by them).
const IRREGULAR_PLURALS = new Map([
  ['children', 'child'],
  ['women', 'woman'],
]);

/** A word folded: lower case, no accents (pinyin in the English: Qújiāng), no possessive ’s. */
export const foldWord = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/'s?$/u, '');

/**
 * The form a folded word is compared by. The plural rule is deliberately small: a stemmer (Porter)
 * would also join words that differ in meaning (policy/police, general/generate), and search is
 * meant to find exactly what was asked. Both forms of a word land on the same key: -ies → -y,
 * then a final -s (not -ss, -us, -is) and a final -e go, while four letters remain
 * (cities/city → city, taxes/tax → tax, niches/niche → nich, uses/use → use). It changes only
 * the end of a word: its first two letters stay, and the index files words by them.
 */
export function wordKey(folded: string): string {
  const irregular = IRREGULAR_PLURALS.get(folded);
  if (irregular) return irregular;
  if (!/^\p{L}+$/u.test(folded)) return folded;
  let w = folded;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface Word {
  /** The word folded (foldWord). */
  fold: string;
  start: number;
  end: number;
}

/** A text's words as English search compares them, each with where it stands in the text. */
export function englishWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ fold: foldWord(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether a word of the text (folded) stands for a word of the query (folded): the same word in the
 * singular or plural; for the query's last word, also a word it begins, when it has two characters
 * or more and is not Chinese (search as you type: “rail” finds “railway”).
 */
export function wordMatches(textWord: string, queryWord: string, last: boolean): boolean {
  if (wordKey(textWord) === wordKey(queryWord)) return true;
  return last && [...queryWord].length >= 2 && !hasHan(queryWord) && textWord.startsWith(queryWord);
}

/** How a text in `lang` is compared: by characters in the source language (Chinese), by words in every other. */
export type TextMode = 'chars' | 'words';

/**
 * Where a query stands in a text, by the rule of the text's mode: what the page marks. The index
 * (exact-index.ts) finds the same units without the text; a test holds the two together.
 */
export function findAll(text: string, query: string, mode: TextMode): [number, number][] {
  if (mode === 'chars') {
    const q = chineseChars(query).chars;
    if (q.length === 0) return [];
    const { chars, offsets } = chineseChars(text);
    const found: [number, number][] = [];
    for (let p = 0; p + q.length <= chars.length; p++) {
      if (q.every((c, j) => chars[p + j] === c)) found.push([offsets[p]!, offsets[p + q.length - 1]! + [...text.slice(offsets[p + q.length - 1]!)][0]!.length]);
    }
    return found;
  }
  const q = englishWords(query).map((w) => w.fold);
  if (q.length === 0) return [];
  const last = q.length - 1;
  const words = englishWords(text);
  const found: [number, number][] = [];
  for (let p = 0; p + q.length <= words.length; p++) {
    if (q.every((word, j) => wordMatches(words[p + j]!.fold, word, j === last))) found.push([words[p]!.start, words[p + last]!.end]);
  }
  return found;
}

/** Overlapping or touching ranges as one. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}
