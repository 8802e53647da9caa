/**
 * Pinyin by GB/T 16159-2012 (Basic rules of the Chinese phonetic alphabet orthography), as the README's
 * glossary section states them for this edition: words written together, proper nouns capitalised,
 * letters kept, numerals read as spoken, original tones. Checked three ways: a table of expected forms
 * for a fixed list of entries; every entry's pinyin reads its own characters (pinyin-pro's readings);
 * place names are capitalised.
 */
import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { edition } from '../support/edition.ts';

const { glossary } = edition;
const HAN = /\p{Script=Han}/u;
const toneless = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** How the orthography writes a numeral or sign that stands in a term: as it is spoken. */
const SPOKEN: Record<string, string[]> = {
  V: ['wǔ'], // a Roman five: 劣V类 liè wǔ lèi
  '+': ['jiā'],
};
const DIGITS = ['líng', 'yī', 'èr', 'sān', 'sì', 'wǔ', 'liù', 'qī', 'bā', 'jiǔ'];
/** A run of digits is read as a number (30 sānshí) or digit by digit, a one as yāo (12345 yāo èr sān sì wǔ). */
function digitRun(run: string): string[] {
  const byDigit = [Array.from(run, (d) => DIGITS[Number(d)]!).join(''), Array.from(run, (d) => (d === '1' ? 'yāo' : DIGITS[Number(d)]!)).join('')];
  const n = Number(run);
  const tens = Math.floor(n / 10);
  const number = n < 10 ? DIGITS[n]! : n < 100 ? `${tens > 1 ? DIGITS[tens] : ''}shí${n % 10 ? DIGITS[n % 10] : ''}` : undefined;
  return [...new Set([...byDigit, ...(number ? [number] : [])])];
}

/** The readings each written unit of the term may have, in order; punctuation has none. */
function expectedUnits(term: string): string[][] {
  const units: string[][] = [];
  const chars = Array.from(term);
  const context = pinyin(chars.filter((c) => HAN.test(c)).join(''), { type: 'array', toneType: 'symbol' });
  let han = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\d/u.test(ch)) {
      let run = ch;
      while (/\d/u.test(chars[i + 1] ?? '')) run += chars[++i];
      units.push(digitRun(run));
    } else if (HAN.test(ch)) {
      units.push([...new Set([context[han++]!, ...pinyin(ch, { type: 'array', toneType: 'symbol', multiple: true })])]);
    } else if (SPOKEN[ch] && !(ch === 'V' && !/劣V类/u.test(term))) {
      units.push(SPOKEN[ch]!);
    } else if (/[A-Z]/u.test(ch)) {
      units.push([ch.toLowerCase()]); // a letter stays a letter: E yóuguì, sì A jí
    }
  }
  return units;
}

/** Whether the pinyin, run together, is the term's units read one after another (a toneless syllable is the neutral tone). */
function reads(written: string, term: string): boolean {
  const text = written.normalize('NFC').toLowerCase().replace(/[^\p{L}]/gu, '');
  const units = expectedUnits(term);
  const seen = new Set<string>();
  const walk = (pos: number, unit: number): boolean => {
    if (unit === units.length) return pos === text.length;
    const key = `${pos}:${unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return units[unit]!.some((r) => {
      const forms = new Set([r, toneless(r)]);
      return [...forms].some((f) => text.startsWith(f, pos) && walk(pos + f.length, unit + 1));
    });
  };
  return walk(0, 0);
}

describe('glossary pinyin (GB/T 16159-2012)', () => {
  it.each([
    ['qu-jiang', 'Qújiāng'],
    ['jiang-shan', 'Jiāngshān'],
    ['xin-an-hu', "Xìn'ān Hú"],
    ['jiang-lang-shan', 'Jiāngláng Shān'],
    ['e-you-gui', 'E yóuguì'],
    ['lie-v-lei-shui-zhi', 'liè wǔ lèi shuǐzhì'],
    ['ji-jing-qu-4a5a', 'sì A jí jǐngqū'],
    ['zheng-fu-re-xian-12345', 'yāo èr sān sì wǔ zhèngfǔ rèxiàn'],
    ['hua-you-gu-ye', 'Huáyǒu Gǔyè'],
    ['yang-ji-zhou-zhen-jiu', 'Yáng Jìzhōu Zhēnjiǔ'],
    ['wu-shui-gong-zhi', 'wǔ shuǐ gòngzhì'],
    ['san-gai-yi-chai', 'sān gǎi yī chāi'],
    ['he-zhang-zhi', 'hézhǎngzhì'],
    ['cheng-zhong-cun', 'chéngzhōngcūn'],
    ['shi-er-wu', "shí'èr wǔ"],
    ['zui-mei-qu-zhou-ren', 'zuìměi Qúzhōurén'],
    ['jian-shi-30-zhou-nian', 'jiàn shì sānshí zhōunián'],
    ['pian-qu-fu-wu-ti-xi-3-jia-2', 'sān jiā èr piànqū fúwù tǐxì'],
    ['dian-xiao-er', "diànxiǎo'èr"],
  ])('writes %s as “%s”', (id, expected) => {
    expect(glossary.byId.get(id)?.pinyin).toBe(expected);
  });

  it('reads every term, character by character, as pinyin-pro reads it (letters kept, numerals as spoken)', () => {
    const wrong = glossary.entries.filter((e) => !reads(e.pinyin, e.term)).map((e) => `${e.id}: “${e.pinyin}” for ${e.term}`);
    expect(wrong).toEqual([]);
  });

  it('catches a missing syllable, a wrong tone and an unread letter', () => {
    expect(reads('wǔ shuǐ gòngzhì', '五水共治')).toBe(true);
    expect(reads('wǔ shuǐ gòng', '五水共治')).toBe(false);
    expect(reads('wǔ shuǐ gòngzhí', '五水共治')).toBe(false);
    expect(reads('yóuguì', 'E邮柜')).toBe(false);
    expect(reads('liè V lèi shuǐzhì', '劣V类水质')).toBe(false);
  });

  it('capitalises place names', () => {
    const lower = glossary.entries.filter((e) => e.kind === 'place' && !/^[\p{Lu}]/u.test(e.pinyin)).map((e) => `${e.id}: ${e.pinyin}`);
    // Two common nouns are filed with places (urban villages; the border area of four provinces); the rest are names.
    expect(lower).toEqual(['cheng-zhong-cun: chéngzhōngcūn', 'si-sheng-bian-ji: sì shěng biānjì']);
  });
});
