/**
 * Issue #19: bad input that used to pass, or to fail with a misleading message. Each case
 * breaks one file in a copy of the edition's inputs (from tests/fixtures/bad/ where the input
 * is a file) and loads it with loadEdition — the checks a build runs before writing anything —
 * or checks the one function that guards it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/edition/load-edition.ts';
import { EditionError } from '../../src/pipeline/edition-error.ts';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/edition/decode-utf8.ts';
import { httpUrl } from '../../src/schemas/http-url.ts';
import { findFigure } from '../../src/pipeline/figures.ts';
import { jsonForScript } from '../../src/site/json-in-html.ts';
import { fillCitation } from '../../src/citations/tokens.ts';
import { MAX_PARAGRAPH_CHARACTERS, parseSeed } from '../../src/pipeline/parse-seed.ts';
import { unitsInReadingOrder } from '../../src/pipeline/report-tree.ts';
import { anchorHash } from '../../src/pipeline/anchor-hash.ts';
import { META, SEED, TRANSLATIONS, badFixture, editionCopy } from '../support/edition-copy.ts';

/** The message of the EditionError that loading the copy throws (and that it is one). */
function loadError(root: string): string {
  try {
    loadEdition(root);
  } catch (error) {
    expect(error).toBeInstanceOf(EditionError);
    return (error as Error).message;
  }
  throw new Error('expected loadEdition to stop with an EditionError');
}

const seedUnits = () => unitsInReadingOrder(parseSeed(readFileSync(SEED, 'utf8')));

describe('1. JSON inside HTML', () => {
  const payload = { heading: '</script><script>alert(5)</script>', amp: 'a & b <!-- c -->', lines: 'one\u2028two\u2029three', zh: '五水共治' };

  it('escapes <, >, & and U+2028/U+2029, and still means the same value', () => {
    const json = jsonForScript(payload);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(payload);
  });

  it('is the only way JSON reaches a page: every set:html in src/ goes through it, is the one inline script, or is a chapter file', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const uses = files('src')
      .filter((f) => f.endsWith('.astro'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/set:html\s*=\s*(\S+)/gu)].map((m) => ({ file, expression: m[1]! })));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    // BEFORE_PAINT_SCRIPT is a constant of code written in src/site/inline-scripts.ts (no content reaches it),
    // allowed by its hash in the CSP: the one set:html that is not data. ChapterBody.astro shows the HTML of a
    // chapter file, written by src/pipeline/chapter-html.ts, which escapes every text and attribute value
    // (tests/unit/chapter-html.test.ts): the one set:html of content, in that one component.
    for (const { file, expression } of uses) {
      if (file === join('src', 'components', 'ChapterBody.astro')) expect(expression, file).toBe('{part}');
      else expect(expression, file).toMatch(/^\{(?:jsonForScript\(|BEFORE_PAINT_SCRIPT\}$)/u);
    }
  });
});

describe('2. addresses in content are http or https', () => {
  it('refuses javascript:, data:, vbscript: and other schemes, any case', () => {
    for (const url of ['javascript:alert(9)', 'JavaScript:alert(9)', 'data:text/html,<script>alert(9)</script>', 'vbscript:msgbox(9)', 'ftp://example.org/', '//example.org/']) {
      expect(httpUrl.safeParse(url).success, url).toBe(false);
    }
    for (const url of ['https://example.org/a?b=c', 'http://english.zj.gov.cn/art/2018/9/10/art_5798_2290507.html']) expect(httpUrl.safeParse(url).success, url).toBe(true);
  });

  it('a glossary source with a javascript: address stops the build at its line', () => {
    const copy = editionCopy();
    copy.write('content/glossary/cheng-zhong-cun.yaml', readFileSync(badFixture('glossary-javascript-url.yaml')));
    expect(loadError(copy.root)).toMatch(/cheng-zhong-cun\.yaml:25:10 \(sources\.3\.url\): expected an http:\/\/ or https:\/\/ address, got “javascript:alert\(9\)”/u);
  });

  it('a report source with a data: address stops the build at its line', () => {
    const copy = editionCopy();
    copy.write(META, readFileSync(badFixture('meta-data-url.meta.yaml')));
    expect(loadError(copy.root)).toMatch(/\.meta\.yaml:29:8 \(source\.url\): expected an http:\/\/ or https:\/\/ address, got “data:text\/html,<script>/u);
  });
});

describe('3. a chart figure must stand alone in its sentence', () => {
  it('finds a figure only where no digit, . or , touches it', () => {
    expect(findFigure('全市实现生产总值 1121 亿元，增长 7.4%；完成一般公共预算收入 80.3 亿元，增长 10.4%。', '7.4%')).toEqual({ stands: true });
    expect(findFigure('全市实现生产总值 1121 亿元，增长 7.4%；完成一般公共预算收入 80.3 亿元，增长 10.4%。', '80.3亿元')).toEqual({ stands: true });
    expect(findFigure('增长 10.4%。', '0.4%')).toEqual({ stands: false, insideOf: '10.4%' });
    expect(findFigure('生产总值 1121 亿元', '121 亿元')).toEqual({ stands: false, insideOf: '1121亿元' });
    expect(findFigure('增长 7.45%', '7.4')).toEqual({ stands: false, insideOf: '7.45' });
    expect(findFigure('共 1,121 项', '121 项')).toEqual({ stands: false, insideOf: '1,121项' });
    // The second occurrence stands alone although the first does not.
    expect(findFigure('增长 10.4%，其中 0.4% 来自…', '0.4%')).toEqual({ stands: true });
  });

  it('0.4% cited to a sentence that says 10.4% stops the build, naming chart, value and anchor', () => {
    const copy = editionCopy();
    copy.write('content/charts/chart-figure-inside-number.yaml', readFileSync(badFixture('chart-figure-inside-number.yaml')));
    expect(loadError(copy.root)).toMatch(/chart-figure-inside-number\.yaml \(series growth, General public budget revenue\): value “0\.4%” does not stand in p1-1-s2 .*part of the longer number “10\.4%”/u);
  });

  it('keeps every real chart', () => {
    expect(loadEdition(process.cwd()).charts.map((c) => c.id)).toHaveLength(readdirSync('content/charts').filter((f) => f.endsWith('.yaml')).length);
  });
});

describe('6. YAML errors name file, line, column and key', () => {
  it('a missing closing quote: where the string opens, and its key', () => {
    const copy = editionCopy();
    copy.write(`${TRANSLATIONS}/zz-missing-quote.yaml`, readFileSync(badFixture('translation-missing-quote.yaml')));
    expect(loadError(copy.root)).toMatch(/zz-missing-quote\.yaml:3:10 \(p1-1-s2\): invalid YAML: the string that starts here with " is never closed/u);
  });

  it('a duplicate key: which key, and both lines', () => {
    const copy = editionCopy();
    copy.write(`${TRANSLATIONS}/zz-duplicate-key.yaml`, readFileSync(badFixture('translation-duplicate-key.yaml')));
    expect(loadError(copy.root)).toMatch(/zz-duplicate-key\.yaml:4:1 \(p1-1-s1\): invalid YAML: duplicate key “p1-1-s1” \(first at line 2\)/u);
  });

  it('a bad indentation in the metadata', () => {
    const copy = editionCopy();
    copy.replace(META, '  en: Du Shiyuan', '\ten: Du Shiyuan');
    expect(loadError(copy.root)).toMatch(/\.meta\.yaml:\d+:\d+ \(speaker(\.zh)?\): invalid YAML: /u);
  });
});

describe('7. every input file is UTF-8', () => {
  it('a UTF-16 seed is named as UTF-16, with the command that converts it', () => {
    const copy = editionCopy();
    copy.write(SEED, readFileSync(badFixture('seed-utf16.txt')));
    expect(loadError(copy.root)).toMatch(/quzhou-2015-government-work-report\.txt:1: the file is UTF-16 \(it starts with the byte-order mark FF FE\), expected UTF-8: convert it with iconv -f UTF-16 -t UTF-8/u);
  });

  it('a GBK seed is named as probably GBK, at its first non-UTF-8 byte', () => {
    const copy = editionCopy();
    const bytes = readFileSync(badFixture('seed-gbk.txt'));
    copy.write(SEED, bytes);
    // GBK's first Chinese character is the first byte over 0x7F; its line is the number of line feeds before it, plus one.
    const first = bytes.findIndex((b) => b > 0x7f);
    const line = bytes.subarray(0, first).filter((b) => b === 0x0a).length + 1;
    expect(loadError(copy.root)).toMatch(new RegExp(`\\.txt:${line}: byte ${first} \\([0-9A-F ]+\\) is not valid UTF-8: the file is probably GBK, expected UTF-8: convert it with iconv -f GBK -t UTF-8`, 'u'));
  });

  it('one stray byte in a UTF-8 seed is refused at its line and offset, not published as U+FFFD', () => {
    const copy = editionCopy();
    const bytes = readFileSync(badFixture('seed-invalid-byte.txt'));
    copy.write(SEED, bytes);
    const stray = bytes.indexOf(0xff);
    const line = bytes.subarray(0, stray).filter((b) => b === 0x0a).length + 1;
    expect(line).toBe(15);
    expect(loadError(copy.root)).toMatch(new RegExp(`\\.txt:15: byte ${stray} \\(FF [0-9A-F ]+\\) is not valid UTF-8: expected UTF-8 text`, 'u'));
  });

  it('a YAML file in UTF-16 is refused too', () => {
    const copy = editionCopy();
    copy.write(META, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(META, 'utf8'), 'utf16le')]));
    expect(loadError(copy.root)).toMatch(/\.meta\.yaml:1: the file is UTF-16/u);
  });

  it('a UTF-8 byte-order mark is fine: same anchors, same texts', () => {
    const copy = editionCopy();
    copy.write(SEED, `\uFEFF${readFileSync(SEED, 'utf8')}`);
    copy.write(META, `\uFEFF${readFileSync(META, 'utf8')}`);
    const units = loadEdition(copy.root).reports[0]!.units;
    expect(units.map((u) => [u.id, u.zh])).toEqual(seedUnits().map((u) => [u.id, u.zh]));
  });

  it('finds the first ill-formed sequence, not a later one, and accepts every well-formed one', () => {
    const bytes = (...b: number[]) => Uint8Array.from(b);
    expect(firstInvalidUtf8(new TextEncoder().encode('a五😀\u0080\uFFFD'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xe4, 0xba, 0x61, 0xff))).toBe(1); // truncated 3-byte sequence
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // over U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe4))).toBe(2); // cut at the end
    expect(() => decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x0a, 0x80), 'x.txt')).toThrow(/^x\.txt:3: byte 4 \(80\) is not valid UTF-8/u);
    // UTF-16 without a byte-order mark: valid UTF-8, but NUL after every ASCII letter.
    expect(() => decodeUtf8(Buffer.from('\nabc', 'utf16le'), 'x.txt')).toThrow(/^x\.txt:2: byte 1 is NUL, expected UTF-8 text: .*UTF-16 without a byte-order mark/u);
  });
});

describe('8. a deleted or changed seed sentence is blamed on the seed, not on the translation', () => {
  const units = seedUnits();
  const text = (id: string) => units.find((u) => u.id === id)!.zh;

  it('a deleted sentence: the anchor now holding the next one, at its seed line', () => {
    const copy = editionCopy();
    copy.replace(SEED, text('p1-1-s5'), '');
    expect(loadError(copy.root)).toMatch(
      /quzhou-2015\.json \(p1-1-s5\): published anchor “p1-1-s5” now points at different text \(“落实减、免、缓、补.*”, .*seeds\/quzhou-2015-government-work-report\.txt:17\): it now holds the text frozen as p1-1-s6: the sentence frozen as p1-1-s5 was deleted/u,
    );
  });

  it('the last sentence of a section deleted (the issue’s case, once blamed on stretch-1.yaml)', () => {
    const copy = editionCopy();
    copy.replace(SEED, text('p1-1-s22'), '');
    const message = loadError(copy.root);
    expect(message).toMatch(/quzhou-2015\.json \(p1-1-s22\): published anchor “p1-1-s22” no longer exists in report quzhou-2015, after p1-1-s21 at .*seeds\/quzhou-2015-government-work-report\.txt:17: its text is gone from the seed/u);
    expect(message).not.toMatch(/stretch-1\.yaml|is not an anchor/u);
  });

  it('a changed sentence: which anchor, its new text and its line', () => {
    const copy = editionCopy();
    copy.replace(SEED, '集中精力发展工业、服务企业。', '集中精力发展工业。');
    expect(loadError(copy.root)).toMatch(/\(p1-1-s3\): published anchor “p1-1-s3” now points at different text \(“集中精力发展工业。…”, .*seeds\/quzhou-2015-government-work-report\.txt:17\): its text was changed/u);
  });

  it('an added sentence: where the text of the next anchor went', () => {
    const copy = editionCopy();
    copy.replace(SEED, text('p1-1-s5'), `新加的一句。${text('p1-1-s5')}`);
    expect(loadError(copy.root)).toMatch(/\(p1-1-s5\): published anchor “p1-1-s5” now points at different text \(“新加的一句。…”, .*:17\): its text moved to p1-1-s6: a sentence was added or split before it/u);
  });
});

describe('9. a value of the wrong type names the type expected and the one found', () => {
  it('a number as a translation: at its line and column', () => {
    const copy = editionCopy();
    copy.write(`${TRANSLATIONS}/zz-wrong-type.yaml`, readFileSync(badFixture('translation-wrong-type.yaml')));
    expect(loadError(copy.root)).toMatch(/zz-wrong-type\.yaml:3:10 \(p1-1-s3\): expected a string or an object \(key: value lines\), got a number \(2015\)/u);
  });

  it('a text where a chart wants a number', () => {
    const copy = editionCopy();
    copy.write('content/charts/chart-value-as-text.yaml', readFileSync(badFixture('chart-value-as-text.yaml')));
    expect(loadError(copy.root)).toMatch(/chart-value-as-text\.yaml:22:16 \(series\.0\.points\.0\.value\): expected a number, got a string \(“10\.4”\)/u);
  });

  it('a number where the metadata wants two languages, and a missing field', () => {
    const copy = editionCopy();
    copy.replace(META, 'place:\n  zh: 衢州\n  en: Quzhou', 'place: 2015');
    expect(loadError(copy.root)).toMatch(/\.meta\.yaml:\d+:8 \(place\): expected an object \(key: value lines\), got a number \(2015\)/u);
    // Only slug, title and date are required: a missing place is fine, a missing title is not.
    copy.replace(META, 'place: 2015\n', '');
    copy.replace(META, 'title:\n  zh: 2015年衢州市政府工作报告\n  en: Report on the Work of the Quzhou Municipal Government (2015)\n', '');
    expect(loadError(copy.root)).toMatch(/\.meta\.yaml \(title\): missing: expected an object/u);
  });

  it('an unknown field: at the key itself', () => {
    const copy = editionCopy();
    copy.replace(META, 'date: 2015-02-09', 'date: 2015-02-09\ndated: 2015-02-09');
    expect(loadError(copy.root)).toMatch(/\.meta\.yaml:10:1 \(dated\): unknown field “dated”/u);
  });
});

describe('10. a runaway paragraph stops the parser', () => {
  const seed = readFileSync(SEED, 'utf8');
  const withParagraph = (paragraph: string) => seed.replace('各位代表！为民解忧', `${paragraph}\n\n各位代表！为民解忧`);
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it(`refuses a paragraph over ${MAX_PARAGRAPH_CHARACTERS} characters, naming its line and size`, () => {
    const text = withParagraph(`${'发展'.repeat(MAX_PARAGRAPH_CHARACTERS / 2)}。`);
    expect(() => parseSeed(text, { file: 'r.txt' })).toThrow(`r.txt:${lineOf(text, '发展发展')}: paragraph of 20,001 characters; the limit is 20,000`);
  });

  it('counts characters, not UTF-16 units, and accepts a paragraph at the limit', () => {
    const text = withParagraph(`${'𠀀'.repeat(MAX_PARAGRAPH_CHARACTERS - 1)}。`);
    expect(unitsInReadingOrder(parseSeed(text)).some((u) => u.zh.length === 2 * (MAX_PARAGRAPH_CHARACTERS - 1) + 1)).toBe(true);
  });

  it('counts a paragraph that page breaks cut into many lines as one', () => {
    const text = withParagraph(`${'发展。经济\n'.repeat(4000)}完。`);
    expect(() => parseSeed(text, { file: 'r.txt' })).toThrow(`r.txt:${lineOf(text, '发展。经济')}: paragraph of 20,002 characters; the limit is 20,000`);
  });

  it('through loadEdition too', () => {
    const copy = editionCopy();
    copy.write(SEED, withParagraph('发'.repeat(MAX_PARAGRAPH_CHARACTERS + 1)));
    expect(loadError(copy.root)).toMatch(/quzhou-2015-government-work-report\.txt:\d+: paragraph of 20,001 characters; the limit is 20,000/u);
  });
});

describe('11. replacement patterns in text', () => {
  it('a citation keeps $& and $1 in its values as written', () => {
    const filled = fillCitation('XORIGINX/x#XANCHORX (XLOCATORX; XAPALOCATORX; XPAGELOCATORX) XACCESSEDX', { origin: 'https://a$&b', anchor: '$1', locator: "$'", apaLocator: '$`', pageLocator: '$<n>', accessed: '$$' });
    expect(filled).toBe("https://a$&b/x#$1 ($'; $`; $<n>) $$");
  });
});

describe('anchors are unchanged by all of this', () => {
  it('the real seed still has the frozen anchors', () => {
    const frozen = JSON.parse(readFileSync('content/anchors/quzhou-2015.json', 'utf8')) as Record<string, string>;
    expect(Object.fromEntries(seedUnits().map((u) => [u.id, anchorHash(u.zh)]))).toEqual(frozen);
  });
});
