/**
 * `npm run report:add` (src/edition/add-report.ts) without a build: what it drafts from a title block,
 * and what it refuses — each refusal names the file (and line) and leaves seeds/ as it was.
 * That a drafted metadata file builds without edits is tested by a real build: tests/site/any-report.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { addReport } from '../../src/edition/add-report.ts';
import { reportMetaSchema } from '../../src/schemas/report-meta.ts';
import { EditionError } from '../../src/pipeline/edition-error.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function emptyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'report-add-'));
  roots.push(root);
  mkdirSync(join(root, 'seeds'));
  return root;
}

function refuses(root: string, file: string, pattern: RegExp, options: { title?: string; date?: string } = {}) {
  let caught: unknown;
  try {
    addReport({ root, file, ...options });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(EditionError);
  expect((caught as Error).message).toMatch(pattern);
  expect(readdirSync(join(root, 'seeds'))).toEqual([]);
}

describe('report:add', () => {
  it('copies the text unchanged and drafts a metadata file from the title block, English left to fill in', () => {
    const root = emptyProject();
    const added = addReport({ root, file: 'tests/fixtures/reports/sichuan-2025.txt' });
    expect(readFileSync(added.seedFile)).toEqual(readFileSync('tests/fixtures/reports/sichuan-2025.txt'));
    const text = readFileSync(added.metaFile, 'utf8');
    const meta = reportMetaSchema.parse(YAML.parse(text));
    expect(meta).toMatchObject({
      slug: 'sichuan-2025',
      date: '2025-01-20',
      title: { zh: '2025年四川省政府工作报告' },
      shortTitle: { zh: '四川省政府工作报告（2025）' },
      venue: { zh: '四川省第十四届人民代表大会第四次会议' },
      speaker: { zh: '施小琳' },
      office: { zh: '四川省人民政府省长' },
      place: { zh: '四川省' },
      author: { zh: '四川省人民政府' },
    });
    expect(meta.title.en).toBeUndefined();
    // Each English line is there to be filled in, commented out.
    expect(text.match(/^ {2}# en:$/gmu)).toHaveLength(7);
    expect(added.left).toContain('title.en');
  });

  it('takes what the text does not say from options', () => {
    const root = emptyProject();
    const added = addReport({ root, file: 'tests/fixtures/reports/national-2015-state-council.txt', slug: 'national-2015', title: '2015年国务院政府工作报告', date: '2015-03-05' });
    const meta = reportMetaSchema.parse(YAML.parse(readFileSync(added.metaFile, 'utf8')));
    expect(meta).toMatchObject({ slug: 'national-2015', date: '2015-03-05', title: { zh: '2015年国务院政府工作报告' } });
    expect(meta.venue).toBeUndefined();
    expect(added.left).toContain('venue');
  });

  it('refuses a report without a title block unless given title and date', () => {
    refuses(emptyProject(), 'tests/fixtures/reports/national-2015-state-council.txt', /national-2015-state-council\.txt: the title block does not give the title .* or the date/u);
  });

  it('refuses a file that is not UTF-8, naming the line', () => {
    const root = emptyProject();
    const file = join(root, 'gbk-report.txt');
    // 各位代表 in GBK, after a line of ASCII.
    writeFileSync(file, Buffer.concat([Buffer.from('title\n'), Buffer.from([0xb8, 0xf7, 0xce, 0xbb, 0xb4, 0xfa, 0xb1, 0xed])]));
    refuses(root, file, /gbk-report\.txt:2: byte 6 \(B8 F7 CE BB\) is not valid UTF-8: the file is probably GBK/u);
  });

  it('refuses a text the parser cannot structure, with the parser’s own error', () => {
    const root = emptyProject();
    const file = join(root, 'no-parts.txt');
    writeFileSync(file, '标题\n\n各位代表：\n\n正文。\n\n又一段正文，没有标题。\n');
    refuses(root, file, /no-parts\.txt: no parts found/u);
  });

  it('never overwrites a report already added', () => {
    const root = emptyProject();
    addReport({ root, file: 'tests/fixtures/reports/yunnan-2025.txt' });
    expect(() => addReport({ root, file: 'tests/fixtures/reports/yunnan-2025.txt' })).toThrow(/yunnan-2025\.txt: already exists/u);
  });
});
