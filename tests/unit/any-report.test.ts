/**
 * Any report of the genre (issue #16), without a build: every real report in tests/fixtures/reports/
 * parses whole into the divisions counted by hand (tests/support/report-fixtures.ts); the Quzhou
 * anchors stay those of the frozen manifest; appendices, numbered items and 名词解释 terms; the
 * anchor scheme's deeper ids; the title block as report:add reads it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed, termForms } from '../../src/pipeline/parse-seed.ts';
import { divisionUnits, isDivision, unitsInReadingOrder, type Division, type ReportTree } from '../../src/pipeline/report-tree.ts';
import { isAnchorId } from '../../src/pipeline/anchors.ts';
import { anchorLabel } from '../../src/i18n/anchor-label.ts';
import { translate } from '../../src/i18n/strings.ts';
import { anchorHash } from '../../src/pipeline/anchor-hash.ts';
import { chaptersOf } from '../../src/pipeline/chapters.ts';
import { createTermMatcher } from '../../src/pipeline/term-matcher.ts';
import { readTitleBlock } from '../../src/pipeline/title-block.ts';
import { DEFAULT_PROFILE } from '../../src/pipeline/genre-profile.ts';
import { lossOf } from '../../src/pipeline/no-loss.ts';
import { EditionError } from '../../src/pipeline/edition-error.ts';
import { REPORT_FIXTURES, withoutWhitespace } from '../support/report-fixtures.ts';

const parsed = new Map<string, { text: string; tree: ReportTree }>();
function report(file: string) {
  let entry = parsed.get(file);
  if (!entry) {
    const text = readFileSync(file, 'utf8');
    entry = { text, tree: parseSeed(text, { file }) };
    parsed.set(file, entry);
  }
  return entry;
}
const kinds = (division: Division, kind: Division['kind']) => division.children.filter((c): c is Division => isDivision(c) && c.kind === kind);

describe('every fixture parses whole, into the divisions counted by hand', () => {
  it('has the seed and six other reports', () => expect(REPORT_FIXTURES).toHaveLength(7));

  for (const fixture of REPORT_FIXTURES) {
    describe(fixture.file, () => {
      it('loses nothing: the units concatenated are the text, whitespace aside', () => {
        const { text, tree } = report(fixture.file);
        expect(withoutWhitespace(unitsInReadingOrder(tree).map((u) => u.zh).join(''))).toBe(withoutWhitespace(text));
        expect(lossOf(text, tree)).toBeUndefined();
      });

      it(`has parts ${fixture.parts.length}, sections ${fixture.sections.join('/')}, ${fixture.items} numbered items`, () => {
        const { tree } = report(fixture.file);
        expect(tree.parts.map((p) => p.heading.zh)).toEqual(fixture.parts);
        expect(tree.parts.map((p) => kinds(p, 'section').length)).toEqual(fixture.sections);
        const items = tree.parts.flatMap((p) => [...kinds(p, 'item'), ...kinds(p, 'section').flatMap((s) => kinds(s, 'item'))]);
        expect(items).toHaveLength(fixture.items);
        expect(items.map((i) => i.number)).toEqual(Array.from({ length: fixture.items }, (_, i) => i + 1));
      });

      it(`has ${fixture.appendices.length} appendices after the closing address`, () => {
        const { tree } = report(fixture.file);
        expect(tree.appendices.map((a) => a.heading.zh)).toEqual(fixture.appendices.map((a) => a.label));
        fixture.appendices.forEach((expected, i) => {
          const appendix = tree.appendices[i]!;
          expect(appendix.id).toBe(`a${i + 1}`);
          if ('explainedTerms' in expected) {
            expect(appendix.explainsTerms).toBe(true);
            expect(kinds(appendix, 'item')).toHaveLength(expected.explainedTerms);
          } else {
            const [document] = kinds(appendix, 'document');
            expect(document?.heading.zh).toBe(expected.document);
            // The attached document numbers its parts from 一 again: its own parts, anchored below the appendix.
            expect(kinds(document!, 'part').map((p) => [p.number, p.id])).toEqual(Array.from({ length: expected.parts }, (_, p) => [p + 1, `a${i + 1}-1-${p + 1}`]));
          }
        });
        const explained = fixture.appendices.reduce((n, a) => n + ('explainedTerms' in a ? a.explainedTerms : 0), 0);
        expect(tree.explainedTerms).toHaveLength(explained);
      });

      it('gives every unit a distinct, well-formed anchor, and a chapter per part and appendix', () => {
        const { tree } = report(fixture.file);
        const ids = unitsInReadingOrder(tree).map((u) => u.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.filter((id) => !isAnchorId(id))).toEqual([]);
        expect(chaptersOf(tree).map((c) => c.slug)).toEqual([
          ...fixture.parts.map((_, i) => `part-${i + 1}`),
          ...fixture.appendices.map((_, i) => `appendix-${i + 1}`),
        ]);
      });

      if (fixture.titleBlock) {
        it('has a title block that report:add reads', () => {
          const { tree } = report(fixture.file);
          expect(readTitleBlock(tree.front.map((u) => u.zh), DEFAULT_PROFILE)).toMatchObject(fixture.titleBlock!);
        });
      }
    });
  }
});

describe('the Quzhou report keeps every anchor', () => {
  const { tree } = report('seeds/quzhou-2015-government-work-report.txt');
  const frozen = JSON.parse(readFileSync('content/anchors/quzhou-2015.json', 'utf8')) as Record<string, string>;
  const now = Object.fromEntries(unitsInReadingOrder(tree).map((u) => [u.id, anchorHash(u.zh)]));

  it('has the frozen manifest’s ids, in its order, with their texts’ hashes: 0 anchors moved, none added', () => {
    expect(Object.keys(frozen).length).toBeGreaterThan(250);
    expect(Object.keys(now)).toEqual(Object.keys(frozen));
    const moved = Object.keys(frozen).filter((id) => now[id] !== frozen[id]);
    expect(moved).toEqual([]);
  });
});

describe('the division tree', () => {
  it('reads a report that numbers no part: bare heading lines between paragraphs, anchored by position', () => {
    const { tree } = report('tests/fixtures/reports/sichuan-2025.txt');
    expect(tree.parts.map((p) => [p.id, p.number, p.position])).toEqual([
      ['p1', undefined, 1],
      ['p2', undefined, 2],
      ['p3', undefined, 3],
    ]);
    expect(tree.opening.flatMap((p) => p.units.map((u) => u.id))).toEqual(['open-s1', 'open-s2']);
    // Its sections are numbered as usual, under the part's position.
    expect(kinds(tree.parts[1]!, 'section')[8]?.heading).toMatchObject({ id: 'p2-9', zh: '（九）全力维护社会安全稳定，以高水平安全保障高质量发展。' });
  });

  it('reads numbered items as a level of their own, run in like sections, with ids that never read as a section’s', () => {
    const { tree } = report('tests/fixtures/reports/zhejiang-2025.txt');
    const part2 = tree.parts[1]!;
    const items = kinds(part2, 'item');
    expect(items[0]?.heading).toMatchObject({ id: 'p2-i1', kind: 'item-heading', zh: '1.医疗卫生方面。' });
    expect(divisionUnits(items[0]!)[1]).toMatchObject({ id: 'p2-i1-s1', zh: '为全省重点人群免费开展结直肠癌筛查。' });
    // Section (一) of the same part keeps its id.
    expect(kinds(part2, 'section')[0]?.id).toBe('p2-1');
  });

  it('takes the next item’s number over a figure: “8.6个重大科技专项” is item 8; “3．” (full width) is an item too', () => {
    const sichuan = report('tests/fixtures/reports/sichuan-2025.txt').tree.explainedTerms;
    expect(sichuan[7]).toMatchObject({ anchor: 'a1-i8', term: '6个重大科技专项' });
    const yunnan = report('tests/fixtures/reports/yunnan-2025.txt').tree.explainedTerms;
    expect(yunnan[2]).toMatchObject({ anchor: 'a1-i3', term: '10种有色金属' });
  });

  it('reads a 名词解释 item into a term and its explanation, every character kept', () => {
    const { tree } = report('tests/fixtures/reports/sichuan-2025.txt');
    const appendix = tree.appendices[0]!;
    const item6 = kinds(appendix, 'item')[5]!;
    expect(divisionUnits(item6).map((u) => [u.id, u.zh])).toEqual([
      ['a1-i6', '6.“两重”：'],
      ['a1-i6-s1', '是指国家重大战略实施和重点领域安全能力建设。'],
    ]);
    expect(tree.explainedTerms[5]).toMatchObject({ anchor: 'a1-i6', term: '“两重”', forms: ['两重'] });
    expect(tree.explainedTerms[5]!.explanation.map((u) => u.id)).toEqual(['a1-i6-s1']);
  });

  it('finds every explained term in its report’s own text (outside the list that explains it)', () => {
    for (const file of ['sichuan-2025', 'yunnan-2025', 'guangdong-2025'].map((n) => `tests/fixtures/reports/${n}.txt`)) {
      const { tree } = report(file);
      const matcher = createTermMatcher(tree.explainedTerms.map((t) => ({ id: t.anchor, zh: t.forms })));
      const body = [...tree.opening.flatMap((p) => p.units), ...tree.parts.flatMap(divisionUnits)];
      const found = new Set(body.flatMap((u) => matcher.find(u.zh, 'zh').map((m) => m.id)));
      expect(tree.explainedTerms.filter((t) => !found.has(t.anchor)).map((t) => t.term), file).toEqual([]);
    }
  });
});

describe('explained terms: the forms to find', () => {
  it('drops the quotation marks of a quoted term, splits pairs and lists, keeps the rest as written', () => {
    expect(termForms('“两重”')).toEqual(['两重']);
    expect(termForms('“一单制”“一箱制”')).toEqual(['一单制', '一箱制']);
    expect(termForms('“四旁”、“五边”')).toEqual(['四旁', '五边']);
    expect(termForms('一单制、一箱制')).toEqual(['一单制', '一箱制']);
    expect(termForms('潜力县（市、区）试点')).toEqual(['潜力县（市、区）试点']);
    expect(termForms('稳增长“18条”')).toEqual(['稳增长“18条”']);
  });

  it('adds a quoted core the text shortens a term to, unless two terms share it', () => {
    const { tree } = report('tests/fixtures/reports/yunnan-2025.txt');
    const byTerm = new Map(tree.explainedTerms.map((t) => [t.term, t.forms]));
    expect(byTerm.get('高原特色农业“六项重点工作”')).toEqual(['高原特色农业“六项重点工作”', '六项重点工作']);
    const sichuan = new Map(report('tests/fixtures/reports/sichuan-2025.txt').tree.explainedTerms.map((t) => [t.term, t.forms]));
    // “1+8” names two different things in Sichuan's list: neither is found by it alone.
    expect(sichuan.get('巩固拓展脱贫攻坚成果“1+8”工作方案')).toEqual(['巩固拓展脱贫攻坚成果“1+8”工作方案']);
    expect(sichuan.get('省属国有企业“1+8”重点领域改革')).toEqual(['省属国有企业“1+8”重点领域改革']);
  });
});

describe('the anchor scheme below two levels', () => {
  it('reads item, appendix and attached-document ids', () => {
    const en = translate('en');
    expect(anchorLabel('p2-i3-s1', en)).toBe('§2, no. 3, s.1');
    expect(anchorLabel('a1-i5', en)).toBe('App. 1, no. 5, heading');
    expect(anchorLabel('a1-i5-s1', translate('zh'))).toBe('附录1 第5项 第1句');
    expect(anchorLabel('a2-1-3-s2', en)).toBe('App. 2, §1.3, s.2');
    expect(anchorLabel('p1-2-s7', en)).toBe('§1.2, s.7');
    expect(isAnchorId('a1-x5')).toBe(false);
  });
});

describe('bad layouts get a clear error naming the line', () => {
  const expectError = (text: string, pattern: RegExp) => {
    expect(() => parseSeed(text, { file: 'seeds/bad.txt' })).toThrow(EditionError);
    expect(() => parseSeed(text, { file: 'seeds/bad.txt' })).toThrow(pattern);
  };
  it('rejects a numbered item out of order within a list', () => {
    expectError('一、回顾\n\n1.甲。正文。\n\n3.丙。正文。\n', /^seeds\/bad\.txt:5: item 3\. is out of order in part 1: expected item 2/u);
  });
  it('reads a paragraph that opens with a figure as a paragraph, not as an item', () => {
    const tree = parseSeed('一、回顾\n\n1.5万亿元投资完成。\n');
    expect(tree.parts[0]!.children.every((c) => !isDivision(c))).toBe(true);
  });
  it('still rejects a report with neither numbered parts nor heading lines', () => {
    expectError('标题\n\n各位代表：\n\n正文。\n\n又一段正文，没有标题。\n', /no parts found/u);
  });
});
