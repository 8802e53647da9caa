/**
 * Properties of the seed parser, checked with fast-check on generated inputs:
 * - re-typesetting the real seed (line endings, blank lines, indentation and spacing with spaces,
 *   tabs and U+3000, bracket width, a BOM, zero-width characters, page breaks moved into
 *   sentences) never loses or reorders a character and never moves an anchor;
 * - random bytes and random strings fed to the seed's loading path (strict UTF-8 decoding, then
 *   the parser) end in a report tree or in the edition's own EditionError, nothing else.
 * Runs are few (numRuns) so that the file takes about a second.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSeed } from '../../src/pipeline/parse-seed.ts';
import { unitsInReadingOrder } from '../../src/pipeline/report-tree.ts';
import { anchorHash } from '../../src/pipeline/anchor-hash.ts';
import { EditionError } from '../../src/pipeline/edition-error.ts';
import { decodeUtf8 } from '../../src/edition/decode-utf8.ts';
import { SEED } from '../support/edition-copy.ts';

const seed = readFileSync(SEED, 'utf8');
const seedLines = seed.split('\n');
const reference = unitsInReadingOrder(parseSeed(seed)).map((u) => [u.id, anchorHash(u.zh)]);

/** What the parser promises to keep: the text without whitespace and zero-width characters. */
const kept = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, '');
const foldBrackets = (text: string) => text.replace(/（/gu, '(').replace(/）/gu, ')');

// ---- re-typesetting -------------------------------------------------------------------------

const SPACE = fc.constantFrom(' ', '\u3000', '\t', '\u00A0');
const spaces = (max: number) => fc.array(SPACE, { maxLength: max }).map((s) => s.join(''));
const lineStyle = fc.record({
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  indent: spaces(2),
  trailing: spaces(2),
  /** Blank lines after the line, each possibly holding some whitespace. */
  blanks: fc.array(spaces(2), { maxLength: 2 }),
});

/** The spaces inside lines (`2015 年`), each a run to be replaced. */
const innerSpaces = [...seed.matchAll(/(?<=\S)[ \t\u3000]+(?=\S)/gu)].length;
const brackets = [...seed.matchAll(/[()（）]/gu)].length;

const NUMERAL_HEADING = /^[一二三四五六七八九十百]+、/u;
/**
 * Where a page break may fall inside a body line without changing what the text says: between two
 * Han characters, after the line's first sentence end (so the piece before is cut mid-sentence and
 * the parser joins it again), never where the rest would read as a part heading.
 */
const cutPoints: { line: number; at: number }[] = (() => {
  const firstBody = seedLines.findIndex((l) => l.startsWith('各位代表'));
  return seedLines.flatMap((text, line) => {
    if (line < firstBody) return [];
    const firstEnd = text.search(/[。！？!?]/u);
    if (firstEnd === -1) return [];
    const points: { line: number; at: number }[] = [];
    for (let at = firstEnd + 2; at < text.length; at++) {
      if (/\p{Script=Han}/u.test(text[at - 1]!) && /\p{Script=Han}/u.test(text[at]!) && !NUMERAL_HEADING.test(text.slice(at))) points.push({ line, at });
    }
    return points;
  });
})();
const MAX_CUTS = 12;

const typesetting = fc.record({
  bom: fc.boolean(),
  styles: fc.array(lineStyle, { minLength: seedLines.length + MAX_CUTS, maxLength: seedLines.length + MAX_CUTS }),
  inner: fc.array(spaces(3), { minLength: innerSpaces, maxLength: innerSpaces }),
  flip: fc.array(fc.boolean(), { minLength: brackets, maxLength: brackets }),
  cuts: fc.subarray(cutPoints, { maxLength: MAX_CUTS }),
  invisible: fc.array(fc.record({ at: fc.nat(), char: fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF') }), { maxLength: 8 }),
});
type Typesetting = typeof typesetting extends fc.Arbitrary<infer T> ? T : never;

const FLIPPED: Record<string, string> = { '(': '（', ')': '）', '（': '(', '）': ')' };

function retypeset(t: Typesetting): string {
  let inner = 0;
  let bracket = 0;
  const pieces = seedLines.flatMap((line, index) => {
    const cuts = t.cuts.filter((c) => c.line === index).map((c) => c.at);
    return [0, ...cuts].map((start, i) => line.slice(start, cuts[i] ?? line.length));
  });
  const lines = pieces.map((piece, i) => {
    const text = piece
      .replace(/(?<=\S)[ \t\u3000]+(?=\S)/gu, () => t.inner[inner++ % t.inner.length] ?? ' ')
      .replace(/[()（）]/gu, (b) => (t.flip[bracket++] ? FLIPPED[b]! : b));
    const style = t.styles[i]!;
    const blanks = text.trim() === '' ? '' : style.blanks.map((b) => b + style.eol).join('');
    return text.trim() === '' ? style.eol : style.indent + text + style.trailing + style.eol + blanks;
  });
  let text = lines.join('');
  for (const { at, char } of t.invisible) {
    const i = at % (text.length + 1);
    text = text.slice(0, i) + char + text.slice(i);
  }
  return (t.bom ? '\uFEFF' : '') + text;
}

describe('re-typesetting the seed', () => {
  it('has places to move page breaks to, spaces and brackets to change', () => {
    expect(cutPoints.length).toBeGreaterThan(1000);
    expect(innerSpaces).toBeGreaterThan(50);
    expect(brackets).toBeGreaterThan(20);
  });

  it('never loses or reorders a character and never moves an anchor', () => {
    fc.assert(
      fc.property(typesetting, (t) => {
        const text = retypeset(t);
        const units = unitsInReadingOrder(parseSeed(text));
        const joined = units.map((u) => u.zh).join('');
        expect(kept(joined)).toBe(kept(text));
        expect(foldBrackets(kept(joined))).toBe(foldBrackets(kept(seed)));
        expect(units.map((u) => [u.id, anchorHash(u.zh)])).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });
});

// ---- anything at all ------------------------------------------------------------------------

/** Loads a seed from its bytes as the build does: strict UTF-8, then the parser. */
const loadSeed = (bytes: Uint8Array) => parseSeed(decodeUtf8(bytes, 'r.txt'), { file: 'r.txt' });

/** Runs `load` and fails on any error but an EditionError that names the file. */
function onlyEditionErrors(load: () => unknown) {
  try {
    load();
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    expect(error.message).toMatch(/^r\.txt[:( ]/u);
  }
}

/** Pieces of the genre's layout, so that random text reaches the parser's deeper paths. */
const LINE_STARTS = ['', '', '一、', '二、', '三、', '十一、', '(一)', '（二）', '(三)', '(一', '（十', '各位代表：', '各位代表！', '各位代表,'];
const IN_LINE = ['发展', '2014 年', '1121 亿元', '“五水共治”', '。', '！', '？', '!', '：', '；', '…', '”', '）', '」', ' ', '\u3000', '\t', '\uFEFF', '\u200B'];
const layoutLine = fc
  .tuple(fc.constantFrom(...LINE_STARTS), fc.array(fc.constantFrom(...IN_LINE), { maxLength: 8 }))
  .map(([start, rest]) => start + rest.join(''));
const layoutText = fc
  .tuple(fc.array(layoutLine, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'))
  .map(([lines, eol]) => lines.join(eol));
const layoutPiece = fc.constantFrom(...LINE_STARTS.filter(Boolean), ...IN_LINE, '\n', '\n\n', '\r\n', '\r');

describe('the seed loading path', () => {
  it('random bytes give a tree or an EditionError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => onlyEditionErrors(() => loadSeed(bytes))), { numRuns: 300 });
  });

  it('random bytes after a valid start give a tree or an EditionError', () => {
    const start = new TextEncoder().encode(seed.slice(0, 400));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(start.length), (bytes, at) => {
        const mixed = new Uint8Array([...start.subarray(0, at), ...bytes, ...start.subarray(at)]);
        onlyEditionErrors(() => loadSeed(mixed));
      }),
      { numRuns: 200 },
    );
  });

  it('random strings give a tree or an EditionError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => onlyEditionErrors(() => parseSeed(text, { file: 'r.txt' }))), { numRuns: 300 });
  });

  it('random arrangements of the layout’s own pieces give a tree or an EditionError', () => {
    fc.assert(
      fc.property(fc.array(layoutPiece, { maxLength: 80 }), (pieces) => onlyEditionErrors(() => parseSeed(pieces.join(''), { file: 'r.txt' }))),
      { numRuns: 300 },
    );
  });

  it('random lines of headings, addresses and sentences give a tree or an EditionError', () => {
    fc.assert(fc.property(layoutText, (text) => onlyEditionErrors(() => parseSeed(text, { file: 'r.txt' }))), { numRuns: 500 });
  });
});
