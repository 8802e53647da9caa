/**
 * Citations in Node: the templates citation-js renders at build time (src/citations/citations.ts),
 * filled for one sentence as the cite panel's script fills them (tokens.ts), give the exact
 * citation in every format, on the English page (the edition's translation) and on the Chinese page
 * (the government's report). The cite panel itself is checked in Chromium (tests/site/reading-citing).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { reportCitations, reportCslItems } from '../../src/citations/citations.ts';
import { fillCitation } from '../../src/citations/tokens.ts';
import { anchorLabel } from '../../src/i18n/anchor-label.ts';
import { translate } from '../../src/i18n/strings.ts';
import { sentenceCitations, sourceSentenceCitations } from '../support/citations.ts';
import { edition } from '../support/edition.ts';

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-bibtex');

const ORIGIN = 'https://reports.example.org';
const report = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
const { meta } = report;

const templatesOf = (lang: 'zh' | 'en') => reportCitations(meta, edition.meta, lang, `/${lang}/quzhou-2015/part-1/`, true);
const fillFor = (lang: 'zh' | 'en', anchor: string) => ({
  origin: ORIGIN,
  anchor,
  locator: anchorLabel(anchor, translate('en')),
  pageLocator: anchorLabel(anchor, translate(lang)),
  apaLocator: anchorLabel(anchor, translate('en')).replace('§', ''),
  accessed: '2026-11-27',
});
const filled = (lang: 'zh' | 'en', anchor: string, templates = templatesOf(lang)) =>
  Object.fromEntries(Object.entries(templates).map(([format, template]) => [format, fillCitation(template, fillFor(lang, anchor))]));

describe('the citation of one sentence', () => {
  it('cites the English as the edition’s translation, naming its translators and the edition, in every format', () => {
    const { permalink: _permalink, sentence: _sentence, ...expected } = sentenceCitations(ORIGIN);
    const got = filled('en', 'p1-1-s2');
    expect(got).toEqual(expected);
    for (const format of Object.keys(expected).filter((f) => f !== 'apaInText')) {
      expect(got[format], format).toMatch(/the editors of this edition/u);
      expect(got[format], format).toMatch(/Government \{?Work\}? \{?Reports\}?: A \{?Bilingual\}? \{?Annotated\}? \{?Edition\}?/u);
    }
  });

  it('cites the Chinese as the government’s report: GB/T in Chinese, the English styles with English locators', () => {
    const got = filled('zh', 'p1-1-s2');
    expect(got).toEqual(sourceSentenceCitations(ORIGIN));
    for (const [format, text] of Object.entries(got)) if (format !== 'gbt') expect(text, format).not.toMatch(/第\d+句/u);
  });

  it('cites the whole report without a pinpoint', () => {
    const whole = reportCitations(meta, edition.meta, 'en', '/en/quzhou-2015/', false);
    expect(whole.apaInText).toBe('(Quzhou Municipal People’s Government, 2015/2026)');
    expect(whole.bibtex).toMatch(/^@report\{quzhou2015en,/u);
    expect(whole.bibtex).not.toMatch(/note = /u);
    expect(whole.gbt).not.toMatch(/XLOCATORX|XANCHORX|XPAGELOCATORX/u);
  });
});

describe('BibTeX', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`gives every unit of the report its own ASCII key, and parses back through citation-js (${lang})`, () => {
      const templates = templatesOf(lang);
      const entries = report.units.map((unit) => fillCitation(templates.bibtex, fillFor(lang, unit.id)));
      const keys = entries.map((entry) => /^@report\{([^,]+),/u.exec(entry)![1]!);
      expect(new Set(keys).size).toBe(report.units.length);
      for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/u);
      const parsed = new Cite(entries.join('\n\n')).data as Record<string, unknown>[];
      expect(parsed).toHaveLength(report.units.length);
      const first = parsed.find((item) => item['citation-key'] === `quzhou2015${lang}_p1_1_s2` || item.id === `quzhou2015${lang}_p1_1_s2`)!;
      expect(first).toBeDefined();
      expect(first.issued).toEqual({ 'date-parts': [lang === 'en' ? [2026, 11, 28] : [2015, 2, 9]] });
      // Braced names come back as one name, not split into given and family names.
      expect(first.author).toEqual([{ family: "Quzhou Municipal People's Government" }]);
      if (lang === 'en') expect(first.translator).toEqual([{ family: 'the editors of this edition' }]);
      // Classic BibTeX's month field, where it is written at all, is a macro (`month = feb`), never `{feb 9}`.
      for (const entry of entries) expect(entry).not.toMatch(/month = \{/u);
    });
  }
});

describe('CSL-JSON', () => {
  const items = reportCslItems(meta, edition.meta, (lang) => `${ORIGIN}/${lang}/quzhou-2015/`);
  it('validates against the CSL data schema (citation-style-language/schema, csl-data.json)', () => {
    const schema = JSON.parse(readFileSync('tests/fixtures/csl/csl-data.json', 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    // The schema must be able to fail: a name given as a string is not CSL.
    expect(validate([{ ...items[0], author: 'Quzhou' }])).toBe(false);
  });

  it('has the report in Chinese by the government and the translation by the edition’s editors, and imports back', () => {
    const [zh, en] = items as Record<string, unknown>[];
    expect(zh).toMatchObject({ id: 'quzhou2015zh', type: 'report', language: 'zh-Hans', author: [{ literal: '衢州市人民政府' }], issued: { 'date-parts': [[2015, 2, 9]] } });
    expect(en).toMatchObject({ id: 'quzhou2015en', language: 'en', translator: [{ literal: 'the editors of this edition' }], 'container-title': 'Government Work Reports: A Bilingual Annotated Edition', version: '1.1.0' });
    const back = new Cite(JSON.stringify(items)).data as Record<string, unknown>[];
    expect(back.map((item) => item.title)).toEqual(items.map((item) => item.title));
    expect(back[1]!.translator).toEqual([{ literal: 'the editors of this edition' }]);
  });
});
