/**
 * The exports for translators and corpus linguists, made from the published data as the build makes
 * them: TMX 1.4b (well-formed XML, one `tu` per unit, its segments the published text) and CSV
 * (UTF-8 with a BOM, round-tripping through a CSV parser to the published text).
 */
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../src/edition/published-data.ts';
import { REPORT_CSV_COLUMNS, reportCsv } from '../../src/edition/report-csv.ts';
import { reportTmx } from '../../src/edition/report-tmx.ts';
import { makeUrls } from '../../src/site/urls.ts';
import { edition } from '../support/edition.ts';

const data = reportData(edition.reports[0]!, edition, makeUrls('/', 'https://reports.example.org'));

interface XmlNode {
  [key: string]: unknown;
}
/** Reads XML with a conforming parser (saxes), which throws at the first well-formedness error. */
function checkWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('TMX', () => {
  const tmx = reportTmx(data);
  const doc = create(tmx).end({ format: 'object' }) as { tmx: XmlNode };

  it('is well-formed XML', () => {
    expect(() => checkWellFormed(tmx)).not.toThrow();
  });

  it('is TMX 1.4 with a header naming zh-Hans as the source language', () => {
    expect(doc.tmx['@version']).toBe('1.4');
    expect(doc.tmx.header).toMatchObject({ '@srclang': 'zh-Hans', '@segtype': 'sentence', '@datatype': 'plaintext', '@creationtoolversion': '1.1.0' });
  });

  it('has one tu per unit, tuid the anchor, its segments exactly the published text', () => {
    const tus = asList((doc.tmx.body as XmlNode).tu as XmlNode[]);
    expect(tus.length).toBe(data.units.length);
    expect(data.units.length).toBeGreaterThan(200);
    tus.forEach((tu, i) => {
      const unit = data.units[i]!;
      expect(tu['@tuid']).toBe(unit.id);
      const segs = Object.fromEntries(asList(tu.tuv as XmlNode[]).map((tuv) => [tuv['@xml:lang'], tuv.seg]));
      expect(segs).toEqual({ 'zh-Hans': unit.zh, ...(unit.en === null ? {} : { en: unit.en }) });
    });
  });

  it('is rejected by the well-formedness check when broken (the check can fail)', () => {
    expect(() => checkWellFormed(tmx.replace('</body>', ''))).toThrow();
    expect(() => checkWellFormed(tmx.replace('<seg>', '<seg>&'))).toThrow();
  });
});

describe('CSV', () => {
  const csv = reportCsv(data);
  it('starts with a UTF-8 byte order mark', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('round-trips through a CSV parser to the published units, with absolute URLs', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(REPORT_CSV_COLUMNS);
    expect(REPORT_CSV_COLUMNS).toEqual(['id', 'chapter', 'kind', 'zh', 'en', 'url_zh', 'url_en']);
    expect(rows).toEqual(data.units.map((u) => ({ id: u.id, chapter: u.chapter, kind: u.kind, zh: u.zh, en: u.en ?? '', url_zh: u.url.zh, url_en: u.url.en })));
    expect(rows[0]!.url_en).toMatch(/^https:\/\/reports\.example\.org\/en\//u);
  });
});
