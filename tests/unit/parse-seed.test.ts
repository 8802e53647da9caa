import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/pipeline/parse-seed.ts';
import { unitsInReadingOrder } from '../../src/pipeline/report-tree.ts';
import { anchorHash } from '../../src/pipeline/anchor-hash.ts';
import { splitSentences } from '../../src/pipeline/split-sentences.ts';
import { EditionError } from '../../src/pipeline/edition-error.ts';

const SEED = 'seeds/quzhou-2015-government-work-report.txt';
const seedText = readFileSync(SEED, 'utf8');
const fixtures = readdirSync('tests/fixtures/reports')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `tests/fixtures/reports/${f}`);

/** The promise: every character of the seed survives in order, nothing is added (whitespace and zero-width marks aside). */
const withoutWhitespace = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, '');
const joinedUnits = (text: string) =>
  unitsInReadingOrder(parseSeed(text))
    .map((u) => u.zh)
    .join('');

describe('parseSeed loses nothing', () => {
  for (const file of [SEED, ...fixtures]) {
    it(`reproduces ${file} exactly`, () => {
      const text = readFileSync(file, 'utf8');
      expect(withoutWhitespace(joinedUnits(text))).toBe(withoutWhitespace(text));
    });
  }
});

describe('the Quzhou seed', () => {
  const tree = parseSeed(seedText);
  const units = unitsInReadingOrder(tree);
  const byId = new Map(units.map((u) => [u.id, u]));

  it('has the title block, the opening address and three parts with 5, 6 and 3 sections', () => {
    expect(tree.front.map((u) => u.zh)).toEqual(['2015 年浙江省衢州市政府工作报告', '—2015 年 2 月 9 日在衢州市第六届人民代表大会第六次会议上', '衢州市代市长 杜世源']);
    expect(tree.opening.flatMap((p) => p.units.map((u) => u.zh))).toEqual([
      '各位代表：',
      '现在，我代表市人民政府向大会作政府工作报告，请予审议，并请市政协委员和其他列席人员提出意见。',
    ]);
    expect(tree.parts.map((p) => p.children.filter((b) => b.type === 'division' && b.kind === 'section').length)).toEqual([5, 6, 3]);
  });

  it('repairs the five page-break splits into whole sentences', () => {
    const sentences = units.map((u) => u.zh);
    const splits: [before: string, after: string][] = [
      ['深入推进精神文明和', '社会诚信体系建设。'],
      ['着力在发展', '下游深加工'],
      ['建成省级农产', '品质量安全放心市'],
      ['建成中国儒学', '馆。'],
      ['深化资源要素市场化配置改', '革。'],
    ];
    for (const [before, after] of splits) {
      expect(sentences.some((s) => s.includes(before + after)), `${before}|${after}`).toBe(true);
      expect(sentences.some((s) => s.endsWith(before)), `${before} left dangling`).toBe(false);
    }
  });

  it('gives run-in section headings their own unit and numbers the sentences after them', () => {
    expect(byId.get('p1-1')).toMatchObject({ kind: 'section-heading', zh: '(一)调结构促转型，经济平稳健康运行。' });
    expect(byId.get('p1-1-s1')?.zh).toMatch(/^我们坚持问题导向/u);
    expect(byId.get('p1-1-s2')?.zh).toBe('全市实现生产总值 1121 亿元，增长 7.4%；完成一般公共预算收入 80.3 亿元，增长 10.4%。');
    expect(byId.get('p3-1')?.zh).toBe('（一）以政府自身改革撬动重点领域改革。');
  });

  it('keeps an address to the deputies at part level, after the sections', () => {
    expect(byId.get('p1-s3')?.zh).toBe('各位代表!');
    expect(byId.get('p2-s8')?.zh).toBe('各位代表！');
    expect(byId.get('p3-s5')?.zh).toMatch(/衢州转型发展新局面而努力奋斗!$/u);
    expect(units.at(-1)?.id).toBe('p3-s5');
  });

  it('gives every unit a distinct id', () => {
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
  });
});

describe('anchors survive re-typesetting of the seed', () => {
  const reference = unitsInReadingOrder(parseSeed(seedText)).map((u) => [u.id, anchorHash(u.zh)]);
  const variants: Record<string, (t: string) => string> = {
    'CRLF line endings': (t) => t.replace(/\n/gu, '\r\n'),
    'a byte-order mark': (t) => `\uFEFF${t}`,
    'U+3000 indentation': (t) => t.replace(/\n(?=\S)/gu, '\n\u3000\u3000'),
    'zero-width characters': (t) => t.replace(/各位代表/gu, '各位\u200B代表').replace(/。/u, '。\u200D'),
    'full-width section brackets': (t) => t.replace(/\((?=[一二三四五六])/gu, '（').replace(/(?<=^[（(][一二三四五六])\)/gmu, '）'),
    'full-width exclamation marks': (t) => t.replace(/!/gu, '！'),
    'no blank lines between paragraphs': (t) => t.replace(/\n\n+/gu, '\n'),
    'spaces removed between Han and digits': (t) => t.replace(/ (?=\d)|(?<=[\d%]) /gu, ''),
    'page breaks moved': (t) => t.replace('深入推进精神文明和\n\n社会诚信体系建设', '深入推进精神文明和社会诚信\n\n体系建设').replace('建成中国儒学\n\n馆。', '建成中国儒学馆。'),
  };
  for (const [name, change] of Object.entries(variants)) {
    it(`keeps every id and hash with ${name}`, () => {
      const changed = change(seedText);
      expect(changed).not.toBe(seedText);
      const units = unitsInReadingOrder(parseSeed(changed)).map((u) => [u.id, anchorHash(u.zh)]);
      expect(units).toEqual(reference);
    });
  }
});

describe('splitSentences', () => {
  it('splits on 。！？!? and keeps closing quotes with their sentence', () => {
    expect(splitSentences('甲。乙！丙？丁!戊?')).toEqual(['甲。', '乙！', '丙？', '丁!', '戊?']);
    expect(splitSentences('他说：“好。”然后走了。')).toEqual(['他说：“好。”', '然后走了。']);
    expect(splitSentences('真的吗？！是的。')).toEqual(['真的吗？！', '是的。']);
  });
  it('keeps a tail without a full stop as a sentence of its own', () => {
    expect(splitSentences('完成目标。重点抓好六个方面工作：')).toEqual(['完成目标。', '重点抓好六个方面工作：']);
  });
  it('does not split decimals or percentages', () => {
    expect(splitSentences('增长 7.4%，收入 80.3 亿元。')).toEqual(['增长 7.4%，收入 80.3 亿元。']);
  });
});

describe('fixtures of other reports', () => {
  it('structures the Zhejiang 2025 report: full-width (一)…(十一), standalone headings', () => {
    const tree = parseSeed(readFileSync('tests/fixtures/reports/zhejiang-2025.txt', 'utf8'));
    expect(tree.parts.map((p) => p.children.filter((b) => b.type === 'division' && b.kind === 'section').length)).toEqual([11, 11]);
    const part2 = tree.parts[1]!;
    const first = part2.children.find((b) => b.type === 'division' && b.kind === 'section')!;
    expect(first.type === 'division' && first.runIn).toBe(false);
    expect(first.type === 'division' && first.heading.zh).toBe('（一）发挥政策引导保障支撑作用，最大程度把政策红利转化为发展动力');
  });
  it('structures the national 2015 report: six parts, no bracketed sections, M2 rejoined', () => {
    const tree = parseSeed(readFileSync('tests/fixtures/reports/national-2015-state-council.txt', 'utf8'));
    expect(tree.parts).toHaveLength(6);
    expect(tree.opening[0]?.units[0]?.zh).toBe('各位代表：');
    const units = unitsInReadingOrder(tree).map((u) => u.zh);
    expect(units.some((s) => s.includes('广义货币M2预期增长12%左右'))).toBe(true);
  });
});

describe('bad seeds get a clear error naming the line', () => {
  const expectError = (text: string, pattern: RegExp) => {
    try {
      parseSeed(text, { file: 'seeds/bad.txt' });
    } catch (error) {
      expect(error).toBeInstanceOf(EditionError);
      expect((error as Error).message).toMatch(pattern);
      return;
    }
    expect.fail('expected an EditionError');
  };

  it('rejects a seed without parts', () => {
    expectError('标题\n\n各位代表：\n\n正文。\n', /^seeds\/bad\.txt: no parts found: expected part headings/u);
  });
  it('rejects an empty seed', () => {
    expectError('\n\n', /seeds\/bad\.txt: the seed is empty/u);
  });
  it('rejects a section number out of order', () => {
    expectError('一、回顾\n\n(一)甲。正文。\n\n(三)丙。正文。\n', /^seeds\/bad\.txt:5: section \(三\) is out of order in part 1: expected section 2/u);
  });
  it('rejects a part number out of order', () => {
    expectError('一、回顾\n\n正文。\n\n三、改革\n\n正文。\n', /^seeds\/bad\.txt:5: part 三、 is out of order: expected part 2/u);
  });
  it('rejects an unclosed bracket heading', () => {
    expectError('一、回顾\n\n(一调结构促转型。正文。\n', /^seeds\/bad\.txt:3: unclosed bracket in a section heading/u);
  });
});
