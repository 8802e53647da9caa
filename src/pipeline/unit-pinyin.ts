/**
 * Pinyin of a unit's Chinese, word by word, for the reading pages' learner mode: the words to set as
 * `<ruby>` and the pinyin above each, with tone marks, written by GB/T 16159-2012 as the glossary's is
 * (a word's syllables together, an apostrophe before a, o, e inside a word, original tones of 一 and 不).
 *
 * - Glossary terms are words of their own, found by the same matcher as the marks (so a word never
 *   crosses a mark's edge), and read as their entry writes them: 河长制 hézhǎngzhì, not pinyin-pro's
 *   héchángzhì. The entry's pinyin is matched syllable by syllable to the term's characters, so a term
 *   the entry writes as several words (五水共治 wǔ shuǐ gòngzhì) is set as those words; an entry whose
 *   pinyin does not follow its characters one by one (片区服务体系“3+2”, read sān jiā èr piànqū…) is one word.
 *   An alias that contains its entry's term (市政协 for 政协) reads that part as the entry does.
 * - Elsewhere the words are ICU's (Intl.Segmenter, a dictionary of Chinese words) and the readings
 *   pinyin-pro's, chosen with the whole unit as context (银行 yínháng, 行政 xíngzhèng, 重点 zhòngdiǎn).
 * Only runs of Han characters are words: digits, Latin letters and punctuation have no pinyin above them.
 * Pure: the matcher and the entries come in as arguments.
 */
import { pinyin } from 'pinyin-pro';
import type { TermMatcher } from './term-matcher.ts';

/** A word of the unit's text, exactly as it stands there, and its pinyin. */
export type PinyinWord = [text: string, pinyin: string];

/** A glossary entry as the reading needs it. */
export interface PinyinEntry {
  term: string;
  pinyin: string;
}

export interface UnitPinyinOptions {
  /** The glossary marks' matcher (on a report's pages, with the terms it explains itself). */
  matcher: TermMatcher;
  /** An edition glossary entry by id; a report's own explained terms have none. */
  entryOf: (id: string) => PinyinEntry | undefined;
  /** Phrases whose reading pinyin-pro gets wrong, each with its syllables (content/pinyin-readings.yaml). */
  readings?: Record<string, string[]>;
}

const HAN = /\p{Script=Han}/u;
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const toneless = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const lettersOf = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}]/gu, '');

/** Syllables written as one word: an apostrophe before a syllable that starts with a, o or e (xī'ān), as GB/T 16159 writes it. */
export function writeWord(syllables: string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/u.test(toneless(s)) ? `'${s}` : s)).join('');
}

/**
 * Which of the entry's pinyin words each character of the term stands in, or undefined where the
 * pinyin does not read the characters one after another (a numeral read as spoken, a different order).
 * Each Han character reads as one of its readings (or that reading toneless: the neutral tone); a Latin
 * letter as itself; punctuation and whitespace read as nothing.
 */
export function alignTermPinyin(term: string, written: string): PinyinWord[] | undefined {
  const chars = Array.from(term);
  // Punctuation the pinyin carries (大干项目、干大项目 dàgàn xiàngmù, gàn dà xiàngmù) belongs to no word.
  const words = written.split(/\s+/u).map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, '')).filter(Boolean);
  const letters = words.map(lettersOf);
  const wordOf: number[] = new Array(chars.length).fill(-1);
  const seen = new Set<string>();
  const walk = (c: number, w: number, pos: number): boolean => {
    if (w < words.length && pos === letters[w]!.length && pos > 0) return walk(c, w + 1, 0);
    if (c === chars.length) return w === words.length;
    const ch = chars[c]!;
    if (/[\s\p{P}]/u.test(ch)) return walk(c + 1, w, pos);
    if (w === words.length) return false;
    const key = `${c}:${w}:${pos}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const readings = HAN.test(ch)
      ? [...new Set(pinyin(ch, { type: 'array', multiple: true, toneSandhi: false }).flatMap((r) => [r, toneless(r)]))]
      : /[A-Za-z]/u.test(ch)
        ? [ch.toLowerCase()]
        : [];
    for (const reading of readings) {
      if (letters[w]!.startsWith(reading, pos) && walk(c + 1, w, pos + reading.length)) {
        wordOf[c] = w;
        return true;
      }
    }
    return false;
  };
  if (words.length === 0 || !walk(0, 0, 0)) return undefined;
  const out: PinyinWord[] = [];
  for (let w = 0; w < words.length; w++) {
    const first = wordOf.indexOf(w);
    const last = wordOf.lastIndexOf(w);
    out.push([chars.slice(first, last + 1).join(''), words[w]!]);
  }
  return out;
}

/** The unit's words with their pinyin, in order; text between them (punctuation, digits) has none. */
export function unitPinyin(text: string, { matcher, entryOf, readings = {} }: UnitPinyinOptions): PinyinWord[] {
  const chars = Array.from(text);
  // pinyin-pro reads a polyphone by the words around it, so the unit is read as a whole; one reading per character.
  const context = pinyin(text, { type: 'all', toneSandhi: false }).map((r) => r.pinyin);
  // Then the edition's own readings, where pinyin-pro's dictionary is wrong: each place a phrase stands, its syllables.
  for (const [phrase, syllables] of Object.entries(readings)) {
    const length = Array.from(phrase).length;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      const from = Array.from(text.slice(0, at)).length;
      for (let k = 0; k < length; k++) context[from + k] = syllables[k]!;
    }
  }
  // Code-unit offsets (the matcher's) to character offsets (pinyin-pro's).
  const charAt: number[] = [];
  chars.forEach((ch, i) => {
    for (let k = 0; k < ch.length; k++) charAt.push(i);
  });
  charAt.push(chars.length);
  const words: PinyinWord[] = [];

  /** Plain text from code unit `start` to `end`: ICU's words, each Han run of a word with pinyin-pro's readings. */
  const plain = (start: number, end: number) => {
    for (const { segment, index } of SEGMENTER.segment(text.slice(start, end))) {
      for (const run of segment.matchAll(/\p{Script=Han}+/gu)) {
        const from = charAt[start + index + run.index]!;
        words.push([run[0], writeWord(context.slice(from, from + Array.from(run[0]).length))]);
      }
    }
  };

  let last = 0;
  for (const match of matcher.find(text, 'zh')) {
    plain(last, match.start);
    last = match.end;
    const entry = match.report === undefined ? entryOf(match.id) : undefined;
    const termAt = entry ? match.text.replace(/\s+/gu, '').indexOf(entry.term.replace(/\s+/gu, '')) : -1;
    const aligned = entry && termAt >= 0 ? alignTermPinyin(entry.term, entry.pinyin) : undefined;
    if (!entry || termAt < 0) {
      plain(match.start, match.end);
    } else if (!aligned) {
      // The entry's pinyin reads the term as a whole (numerals as spoken, another order): one word.
      words.push([match.text, entry.pinyin]);
    } else {
      // The term as it stands in the text may have whitespace between its characters (劣 V 类水质), and an alias more around it.
      const termStart = offsetSkippingSpace(match.text, termAt);
      const termEnd = offsetSkippingSpace(match.text, termAt + entry.term.replace(/\s+/gu, '').length - 1) + 1;
      plain(match.start, match.start + termStart);
      let cursor = termStart;
      for (const [form, written] of aligned) {
        const at = findSkippingSpace(match.text, form, cursor);
        words.push([at.text, written]);
        cursor = at.end;
      }
      plain(match.start + termEnd, match.end);
    }
  }
  plain(last, text.length);
  return words;
}

/** The code-unit offset in `text` of its n-th non-whitespace code unit. */
function offsetSkippingSpace(text: string, n: number): number {
  let seen = -1;
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i]!)) continue;
    if (++seen === n) return i;
  }
  return text.length;
}

/** `form` in `text` from `from` on, whitespace between its characters allowed: the text as it stands, and where it ends. */
function findSkippingSpace(text: string, form: string, from: number): { text: string; end: number } {
  const pattern = new RegExp(Array.from(form.replace(/\s+/gu, ''), (c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'gu');
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  if (!found) throw new Error(`“${form}” not found in “${text}” after ${from}`);
  return { text: found[0], end: found.index + found[0].length };
}
