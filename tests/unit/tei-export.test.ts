/**
 * The TEI P5 export (src/edition/report-tei.ts), made from the edition loaded as the build loads it:
 * well-formed XML in the TEI namespace; every anchor once per language, as the xml:id of an <s>; every
 * @ref, @corresp and @target pointing to an xml:id of the file (or to a web address); the Chinese of the
 * <s> elements, in order, exactly the report's; the translation's <s> the published English; the glossary
 * marks pointing to the entry whose form they are; the editorial notes. And the same on a report that has
 * appendices, terms it explains itself and no translation, whose TEI has the Chinese text
 * only (Yunnan 2025, loaded from its fixture).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReport, type LoadedReport } from '../../src/edition/load-edition.ts';
import { reportData } from '../../src/edition/published-data.ts';
import { reportTei, TEI_NAMESPACE } from '../../src/edition/report-tei.ts';
import { keptText } from '../../src/pipeline/no-loss.ts';
import { makeUrls } from '../../src/site/urls.ts';
import { edition } from '../support/edition.ts';
import { childElements, descendants, readXml, rootElement, type XmlElement } from '../support/xml-tree.ts';

/** The TEI document's root element. */
const readTei = (xml: string) => rootElement(readXml(xml));
const textOf = (node: XmlElement): string => node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
const languageTexts = (tei: XmlElement) => childElements(descendants(tei, 'group')[0]!).filter((e) => e.name === 'text');
const urls = makeUrls('/', 'https://reports.example.org');

/** The structural checks every report's TEI must pass. */
function checkStructure(report: LoadedReport, tei: XmlElement) {
  it('is in the TEI namespace, every element of it', () => {
    expect(tei.name).toBe('TEI');
    expect(new Set(descendants(tei).map((e) => e.uri))).toEqual(new Set([TEI_NAMESPACE]));
  });

  it('has a <text> per language translated in a <group>, each with every anchor once, as the xml:id of an <s>, in reading order', () => {
    const texts = languageTexts(tei);
    const translated = report.translations.get('en')!.size > 0;
    expect(texts.map((t) => t.attributes['xml:lang'])).toEqual(translated ? ['zh-Hans', 'en'] : ['zh-Hans']);
    const ids = report.units.map((u) => u.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(descendants(texts[0]!, 's').map((s) => s.attributes['xml:id'])).toEqual(ids);
    for (const en of texts.slice(1)) {
      expect(descendants(en, 's').map((s) => s.attributes['xml:id'])).toEqual(ids.map((id) => `${id}-en`));
      expect(descendants(en, 's').map((s) => s.attributes.corresp)).toEqual(ids.map((id) => `#${id}`));
    }
  });

  it('has unique xml:ids, and every @ref, @corresp and @target points to one of them (or, the licence, to a web address)', () => {
    const all = descendants(tei).map((e) => e.attributes['xml:id']).filter((id) => id !== undefined);
    expect(new Set(all).size).toBe(all.length);
    const known = new Set(all);
    const pointers = descendants(tei).flatMap((e) => ['ref', 'corresp', 'target'].flatMap((a) => (e.attributes[a] ?? '').split(/\s+/u).filter(Boolean).map((value) => ({ attribute: a, value }))));
    const local = pointers.filter((p) => p.value.startsWith('#'));
    expect(local.filter((p) => !known.has(p.value.slice(1)))).toEqual([]);
    expect(pointers.filter((p) => !p.value.startsWith('#')).map((p) => p.value)).toEqual(pointers.filter((p) => !p.value.startsWith('#')).map(() => expect.stringMatching(/^https:\/\//u)));
    for (const attribute of ['ref', 'target', ...(languageTexts(tei).length > 1 ? ['corresp'] : [])]) expect(local.filter((p) => p.attribute === attribute).length, attribute).toBeGreaterThan(0);
  });

  it('gives back the exact Chinese of the report: each <s> its unit, all of them the seed (whitespace aside)', () => {
    const [zh] = languageTexts(tei);
    const texts = descendants(zh!, 's').map(textOf);
    expect(texts).toEqual(report.units.map((u) => u.zh));
    expect(keptText(texts.join(''))).toBe(keptText(report.seedText));
  });

  it('marks glossary terms as <term ref>, each pointing to an entry whose form it is, or to the report’s own explanation', () => {
    const [zh] = languageTexts(tei);
    const labels = new Map(descendants(tei, 'label').filter((l) => l.attributes['xml:id']).map((l) => [l.attributes['xml:id']!, descendants(l, 'term').filter((t) => t.attributes.type !== 'pinyin').map(textOf)]));
    const explained = new Map(report.tree.explainedTerms.map((t) => [t.anchor, t.forms]));
    const terms = descendants(zh!, 'term');
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      const target = term.attributes.ref!.slice(1);
      expect(labels.get(target) ?? explained.get(target), target).toContain(textOf(term).replace(/\s+/gu, ''));
    }
    // The glossary list holds exactly the entries marked.
    expect(new Set(labels.keys())).toEqual(new Set(terms.map((t) => t.attributes.ref!.slice(1)).filter((id) => id.startsWith('term-'))));
  });
}

describe('TEI of the edition’s report', () => {
  const report = edition.reports[0]!;
  const xml = reportTei(report, edition, urls);
  const tei = readTei(xml);
  const data = reportData(report, edition, urls);

  it('is well-formed XML, and the check can fail', () => {
    expect(() => readXml(xml)).not.toThrow();
    expect(() => readXml(xml.replace('</body>', ''))).toThrow();
    expect(() => readXml(xml.replace('<s xml:id="p1-s1">', '<s xml:id="p1-s1">&'))).toThrow();
  });

  checkStructure(report, tei);

  it('has the translation as published, a gap where a unit is untranslated', () => {
    const en = languageTexts(tei)[1]!;
    const texts = descendants(en, 's').map((s) => (descendants(s, 'gap').length > 0 ? null : textOf(s)));
    expect(texts).toEqual(data.units.map((u) => u.en));
  });

  it('has the header: both titles, the editors as translators, version, licence, the source and the anchors’ policy', () => {
    const header = descendants(tei, 'teiHeader')[0]!;
    const titleStmt = descendants(header, 'titleStmt')[0]!;
    expect(childElements(titleStmt).filter((e) => e.name === 'title').map(textOf)).toEqual([report.meta.title.zh, report.meta.title.en]);
    expect(descendants(descendants(titleStmt, 'respStmt')[0]!, 'orgName').map(textOf)).toEqual([edition.meta.editors.zh, edition.meta.editors.en]);
    expect(descendants(header, 'edition')[0]!.attributes.n).toBe(edition.meta.version);
    expect(descendants(header, 'licence')[0]!.attributes.target).toBe(edition.meta.licence.url);
    expect(descendants(descendants(header, 'sourceDesc')[0]!, 'date')[0]!.attributes.when).toBe(report.meta.date);
    expect(descendants(descendants(header, 'refsDecl')[0]!, 'p').map(textOf).join(' ')).toContain('xml:id');
    expect(descendants(header, 'change').length).toBe(edition.changelog.flatMap((r) => r.changes).length);
  });

  it('has every editorial note in each language, of its kind, pointing to its unit there', () => {
    expect(report.notes.length).toBeGreaterThan(0);
    const [zh, en] = languageTexts(tei);
    const notes = (text: XmlElement) => descendants(text, 'note').map((n) => ({ type: n.attributes.type, target: n.attributes.target }));
    expect(notes(zh!)).toEqual(report.notes.map((n) => ({ type: n.kind, target: `#${n.anchor}` })));
    expect(notes(en!)).toEqual(report.notes.map((n) => ({ type: n.kind, target: `#${n.anchor}-en` })));
    expect(descendants(en!, 'note').map((n) => descendants(n, 'p').map(textOf).join(''))).toEqual(report.notes.map((n) => n.text.en!.replace(/\{\{zh:([^}]+)\}\}/gu, '$1')));
  });

  it('indents structure only: nothing between the Chinese sentences of a paragraph, one space between the English ones', () => {
    const [zh, en] = languageTexts(tei);
    const between = (text: XmlElement) =>
      descendants(text, 'p')
        .filter((p) => descendants(p, 's').length > 1)
        .map((p) => ({ sentences: childElements(p).length, text: p.children.filter((c) => typeof c === 'string') }));
    expect(between(zh!).length).toBeGreaterThan(10);
    for (const p of between(zh!)) expect(p.text).toEqual([]);
    for (const p of between(en!)) expect(p.text).toEqual(Array.from({ length: p.sentences - 1 }, () => ' '));
  });
});

describe('TEI of a report with appendices, its own explained terms and no translation (Yunnan 2025)', () => {
  const root = mkdtempSync(join(tmpdir(), 'tei-report-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'seeds'));
  const seed = join(root, 'seeds', 'yunnan-2025.txt');
  copyFileSync('tests/fixtures/reports/yunnan-2025.txt', seed);
  writeFileSync(join(root, 'seeds', 'yunnan-2025.meta.yaml'), 'slug: yunnan-2025\ntitle:\n  zh: 2025年云南省政府工作报告\ndate: 2025-01-20\n');
  const report = loadReport(root, seed);
  const tei = readTei(reportTei(report, edition, urls));

  checkStructure(report, tei);

  it('puts the appendices in <back>, refers to the report’s own terms by the anchor of their explanation, and has no English text', () => {
    const [zh, ...others] = languageTexts(tei);
    expect(others).toEqual([]);
    const back = childElements(zh!).find((e) => e.name === 'back')!;
    expect(childElements(back).filter((e) => e.name === 'div').map((d) => d.attributes.type)).toEqual(report.tree.appendices.map(() => 'appendix'));
    const ownTerms = new Set(report.tree.explainedTerms.map((t) => `#${t.anchor}`));
    expect(descendants(zh!, 'term').filter((t) => ownTerms.has(t.attributes.ref!)).length).toBeGreaterThan(0);
  });
});
