/**
 * The learner mode's pinyin (pipeline/unit-pinyin.ts): sentences of the report and the words and
 * readings a reader should see over them, written out by hand — polyphones read by their word
 * (河长制 hézhǎngzhì by its glossary entry, 银行 yínháng, 重点 zhòngdiǎn, 调结构 tiáo jiégòu, 行政 xíngzhèng);
 * the glossary's own spelling of its terms (capitals, apostrophes, the entry's words); numerals and
 * punctuation left bare. Then the promises the page's script relies on, over every unit of the edition:
 * the words stand in the text in order, cover every Han character, and never cross a glossary mark's edge.
 */
import { describe, expect, it } from 'vitest';
import { alignTermPinyin, unitPinyin, writeWord, type PinyinWord } from '../../src/pipeline/unit-pinyin.ts';
import { createTermMatcher } from '../../src/pipeline/term-matcher.ts';
import { chapterTermMatcher } from '../../src/edition/explained-terms.ts';
import { chapterPinyin } from '../../src/edition/chapter-pinyin.ts';
import { chapterUnits } from '../../src/pipeline/chapters.ts';
import { edition } from '../support/edition.ts';
import { loadPinyinReadings } from '../../src/edition/load-pinyin-readings.ts';
import { editionPaths } from '../../src/edition/paths.ts';
import { editionCopy } from '../support/edition-copy.ts';

const readings = loadPinyinReadings(editionPaths(process.cwd()).pinyinReadings);
const quzhou = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
const options = { matcher: edition.glossary.matcher, entryOf: (id: string) => edition.glossary.byId.get(id) };
const wordsOf = (text: string) => unitPinyin(text, options);

describe('pinyin of the report’s sentences, word by word', () => {
  it.each<[string, PinyinWord[]]>([
    // The section's numeral is a character too (一 yī, its original tone); the brackets are bare.
    ['(一)调结构促转型', [['一', 'yī'], ['调', 'tiáo'], ['结构', 'jiégòu'], ['促', 'cù'], ['转型', 'zhuǎnxíng']]],
    ['深化行政审批制度改革', [['深化', 'shēnhuà'], ['行政', 'xíngzhèng'], ['审批', 'shěnpī'], ['制度', 'zhìdù'], ['改革', 'gǎigé']]],
    ['加强重点企业监测分析', [['加强', 'jiāqiáng'], ['重点', 'zhòngdiǎn'], ['企业', 'qǐyè'], ['监测', 'jiāncè'], ['分析', 'fēnxī']]],
    // A glossary term (粮食银行 liángshi yínháng) set as its entry's two words.
    ['推广“粮食银行”', [['推广', 'tuīguǎng'], ['粮食', 'liángshi'], ['银行', 'yínháng']]],
    // 长 read zhǎng by the entry, where the word list alone would read cháng.
    ['严格落实“河长制”', [['严格', 'yángé'], ['落实', 'luòshí'], ['河长制', 'hézhǎngzhì']]],
    // Digits and the percent sign bare; 长 in 增长 zhǎng.
    ['重点项目投资增长 29.5%', [['重点', 'zhòngdiǎn'], ['项目', 'xiàngmù'], ['投资', 'tóuzī'], ['增长', 'zēngzhǎng']]],
    // An alias (市政协) that contains its entry's term reads that part as the entry writes it, capital and all.
    ['市政协委员', [['市', 'shì'], ['政协', 'Zhèngxié'], ['委员', 'wěiyuán']]],
    // A place name from the glossary, its apostrophe kept; a numeral read as spoken is the entry's one word.
    ['信安湖流域', [['信安', "Xìn'ān"], ['湖', 'Hú'], ['流域', 'liúyù']]],
  ])('%s', (sentence, expected) => {
    expect(wordsOf(sentence)).toEqual(expected);
  });

  it('reads a polyphone by its word in a whole sentence of the report (p1-2-s3, p1-1-s4)', () => {
    const unit = (id: string) => quzhou.units.find((u) => u.id === id)!.zh;
    expect(wordsOf(unit('p1-2-s3'))).toContainEqual(['河长制', 'hézhǎngzhì']);
    expect(wordsOf(unit('p1-1-s4'))).toContainEqual(['重点', 'zhòngdiǎn']);
  });
});

describe('the glossary’s spelling of a term, matched to its characters', () => {
  it('splits an entry written as several words into those words', () => {
    expect(alignTermPinyin('五水共治', 'wǔ shuǐ gòngzhì')).toEqual([['五', 'wǔ'], ['水', 'shuǐ'], ['共治', 'gòngzhì']]);
    expect(alignTermPinyin('E邮柜', 'E yóuguì')).toEqual([['E', 'E'], ['邮柜', 'yóuguì']]);
  });

  it('finds no match where the pinyin does not read the characters in order', () => {
    expect(alignTermPinyin('劣V类水质', 'liè wǔ lèi shuǐzhì')).toBeUndefined();
    expect(alignTermPinyin('河长制', 'hézhǎng')).toBeUndefined();
    expect(alignTermPinyin('河长制', 'hézhǎngzhì zhì')).toBeUndefined();
  });

  it('sets such a term as one word, whitespace in the text and all', () => {
    const matcher = createTermMatcher([{ id: 'lie', zh: ['劣V类水质'] }]);
    const words = unitPinyin('水质劣 V 类水质断面', { matcher, entryOf: () => ({ term: '劣V类水质', pinyin: 'liè wǔ lèi shuǐzhì' }) });
    expect(words).toEqual([['水质', 'shuǐzhì'], ['劣 V 类水质', 'liè wǔ lèi shuǐzhì'], ['断面', 'duànmiàn']]);
  });

  it('writes an apostrophe before a, o, e inside a word, as GB/T 16159 does', () => {
    expect(writeWord(['xī', 'ān'])).toBe("xī'ān");
    expect(writeWord(['chāo', 'é'])).toBe("chāo'é");
    expect(writeWord(['ān', 'quán'])).toBe('ānquán');
  });
});

describe('every unit of the edition', () => {
  const checked = edition.reports.flatMap((report) =>
    report.chapters.flatMap((chapter) => {
      const data = chapterPinyin(edition, report, chapter, readings);
      const matcher = chapterTermMatcher(edition.glossary, report, chapter);
      return chapterUnits(chapter).map((unit) => ({ id: `${report.meta.slug}#${unit.id}`, text: unit.zh, words: data[unit.id] ?? [], marks: matcher.find(unit.zh, 'zh') }));
    }),
  );

  it('has its words in order in its text, every Han character in one, each with pinyin, no word across a mark’s edge', () => {
    expect(checked.length).toBe(edition.reports.reduce((n, r) => n + r.units.length, 0));
    const wrong: string[] = [];
    for (const { id, text, words, marks } of checked) {
      let cursor = 0;
      const covered = new Set<number>();
      const edges: [number, number][] = [];
      for (const [word, pinyin] of words) {
        const at = text.indexOf(word, cursor);
        if (at < 0 || !pinyin) wrong.push(`${id}: “${word}” ${pinyin}`);
        for (let i = at; i < at + word.length; i++) covered.add(i);
        edges.push([at, at + word.length]);
        cursor = at + word.length;
      }
      const bare = [...text.matchAll(/\p{Script=Han}/gu)].filter((m) => !covered.has(m.index)).map((m) => m[0]);
      if (bare.length > 0) wrong.push(`${id}: no pinyin over ${bare.join('')}`);
      for (const mark of marks) {
        const crossed = edges.find(([start, end]) => (start < mark.start && mark.start < end) || (start < mark.end && mark.end < end));
        if (crossed) wrong.push(`${id}: “${text.slice(...crossed)}” crosses the mark “${mark.text}”`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the edition’s own readings (content/pinyin-readings.yaml), where pinyin-pro’s dictionary is wrong', () => {
  const withReadings = (text: string) => unitPinyin(text, { ...options, readings });
  it.each<[string, PinyinWord[]]>([
    // 量 liàng in a quantity; pinyin-pro reads liáng (to measure).
    ['处理好市场存量与增量的关系', [['处理', 'chǔlǐ'], ['好', 'hǎo'], ['市场', 'shìchǎng'], ['存量', 'cúnliàng'], ['与', 'yǔ'], ['增量', 'zēngliàng'], ['的', 'de'], ['关系', 'guānxì']]],
    // 为 wéi in 被评为 (named as) and 以…为 (taking … as); 为 wèi (for) elsewhere keeps pinyin-pro's reading.
    ['被评为全国文明村', [['被', 'bèi'], ['评', 'píng'], ['为', 'wéi'], ['全国', 'quánguó'], ['文明', 'wénmíng'], ['村', 'cūn']]],
    ['为民解忧', [['为', 'wèi'], ['民', 'mín'], ['解', 'jiě'], ['忧', 'yōu']]],
    // 干 gàn (to do), 重组 chóngzǔ (to reorganise), 干部 gànbù.
    ['全力干好四件大事', [['全力', 'quánlì'], ['干', 'gàn'], ['好', 'hǎo'], ['四', 'sì'], ['件', 'jiàn'], ['大事', 'dàshì']]],
    ['推进一批企业破产重组', [['推进', 'tuījìn'], ['一批', 'yīpī'], ['企业', 'qǐyè'], ['破产', 'pòchǎn'], ['重组', 'chóngzǔ']]],
  ])('%s', (sentence, expected) => {
    expect(withReadings(sentence)).toEqual(expected);
  });

  it('changes what pinyin-pro alone reads (so the file is not empty of effect)', () => {
    expect(wordsOf('处理好市场存量与增量的关系').find(([word]) => word === '存量')?.[1]).toBe('cúnliáng');
  });

  it('stops the build at an entry whose reading has not one syllable per character, naming its line', () => {
    const copy = editionCopy();
    copy.write('content/pinyin-readings.yaml', '存量: cún liàng\n增量: zēngliàng\n');
    expect(() => loadPinyinReadings(copy.path('content/pinyin-readings.yaml'))).toThrow(/pinyin-readings\.yaml:2:\d+ \(增量\): expected 2 syllables, one per character, found 1 \(“zēngliàng”\)/u);
  });

  it('refuses a phrase that is not Chinese characters only', () => {
    const copy = editionCopy();
    copy.write('content/pinyin-readings.yaml', '存量 A: cún liàng A\n');
    expect(() => loadPinyinReadings(copy.path('content/pinyin-readings.yaml'))).toThrow(/pinyin-readings\.yaml:1:\d+ \(存量 A\): a phrase must be Chinese characters only/u);
  });
});
