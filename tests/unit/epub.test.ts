/**
 * The EPUB of a report as the build makes it (src/epub/), read back with a conforming XML parser:
 * every anchor an id once per language with the unit's exact text and language, footnotes and
 * their references paired, every link inside the book resolving, the glossary reached from the
 * text, the charts and the navigation complete, the package metadata, and a zip that is the same
 * bytes in every build and time zone with `mimetype` first and stored. epubcheck runs on the built
 * file in tests/site/epub.test.ts.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { descendants, readXml, type XmlElement } from '../support/xml-tree.ts';
import { epubFiles, epubIdSuffix, epubLangs, zipEpub } from '../../src/epub/report-epub.ts';
import { translationOf } from '../../src/edition/unit-text.ts';
import { plainTranslation } from '../../src/pipeline/inline-translation.ts';
import { subdivisions } from '../../src/pipeline/report-tree.ts';
import { chapterUnits } from '../../src/pipeline/chapters.ts';
import { HTML_LANG, SOURCE_LANG } from '../../src/i18n/langs.ts';
import { edition } from '../support/edition.ts';

const report = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
const files = epubFiles(report, edition);
const langs = epubLangs(report);
const [, translation] = langs;

/** The text of an element, note references left out (they are not the unit's text). */
const textOf = (node: XmlElement): string =>
  node.children.map((c) => (typeof c === 'string' ? c : c.name === 'sup' && c.attributes.class === 'note-ref' ? '' : textOf(c))).join('');

/** The language in force at an element: its own `lang` or its nearest ancestor's. */
function langAt(node: XmlElement | undefined): string | undefined {
  for (let n = node; n; n = n.parent) if (n.attributes.lang !== undefined) return n.attributes.lang;
  return undefined;
}

const xhtml = new Map([...files].filter(([path]) => path.endsWith('.xhtml')).map(([path, text]) => [path.replace(/^EPUB\//u, ''), readXml(text)]));
const chapterFiles = report.chapters.map((c) => `${c.slug}.xhtml`);
const idsIn = (file: string) => new Map(descendants(xhtml.get(file)!).filter((e) => e.attributes.id !== undefined).map((e) => [e.attributes.id!, e]));

describe('the EPUB documents', () => {
  it('are well-formed XHTML in the XHTML namespace, with xml:lang equal to lang wherever either is set', () => {
    expect(xhtml.size).toBe(report.chapters.length + 3);
    for (const [file, doc] of xhtml) {
      const html = doc.children.find((c): c is XmlElement => typeof c !== 'string')!;
      expect(html.uri, file).toBe('http://www.w3.org/1999/xhtml');
      for (const element of descendants(doc)) {
        if (element.attributes.lang !== undefined || element.attributes['xml:lang'] !== undefined) expect(element.attributes['xml:lang'], `${file} <${element.name}>`).toBe(element.attributes.lang);
      }
    }
  });

  it('has its stylesheet', () => {
    expect(files.get('EPUB/book.css')).toMatch(/^\/\* The EPUB's one stylesheet/u);
  });

  it('has no id twice in a document', () => {
    for (const [file, doc] of xhtml) {
      const ids = descendants(doc).map((e) => e.attributes.id).filter((id) => id !== undefined);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  it('carries every anchor of the report as an id once per language, with the unit’s text in its language', () => {
    expect(translation).toBe('en');
    const byId = new Map<string, { file: string; element: XmlElement }[]>();
    for (const file of chapterFiles) for (const [id, element] of idsIn(file)) byId.set(id, [...(byId.get(id) ?? []), { file, element }]);
    let checked = 0;
    for (const chapter of report.chapters) {
      for (const unit of chapterUnits(chapter)) {
        for (const lang of langs) {
          const found = byId.get(`${unit.id}${epubIdSuffix(lang)}`) ?? [];
          expect(found.map((f) => f.file), `${unit.id} (${lang})`).toEqual([`${chapter.slug}.xhtml`]);
          const { element } = found[0]!;
          const own = lang === SOURCE_LANG ? unit.zh : translationOf(report, unit.id, lang);
          expect(textOf(element), `${unit.id} (${lang})`).toBe(own === undefined ? unit.zh : lang === SOURCE_LANG ? own : plainTranslation(own));
          expect(langAt(element), `${unit.id} (${lang})`).toBe(HTML_LANG[own === undefined ? SOURCE_LANG : lang]);
          checked++;
        }
      }
    }
    expect(checked).toBe(report.units.length * 2);
  });

  it('makes every editorial note a footnote aside in each language, each referenced by exactly one noteref of its chapter', () => {
    let footnotes = 0;
    for (const file of chapterFiles) {
      const all = descendants(xhtml.get(file)!);
      const asides = all.filter((e) => e.attributes['epub:type'] === 'footnote');
      const refs = all.filter((e) => e.attributes['epub:type'] === 'noteref');
      expect(asides.every((a) => a.name === 'aside'), file).toBe(true);
      expect(refs.map((r) => r.attributes.href).sort(), file).toEqual(asides.map((a) => `#${a.attributes.id}`).sort());
      footnotes += asides.length;
    }
    expect(footnotes).toBe(report.notes.length * langs.length);
    expect(footnotes).toBeGreaterThan(0);
  });

  it('resolves every link inside the book to an id of its document', () => {
    let links = 0;
    for (const [file, doc] of xhtml) {
      for (const a of descendants(doc).filter((e) => e.name === 'a' && e.attributes.href !== undefined && !/^https?:/u.test(e.attributes.href))) {
        const [target, id] = a.attributes.href!.split('#') as [string, string | undefined];
        const targetFile = target === '' ? file : target;
        expect(xhtml.has(targetFile), `${file}: ${a.attributes.href}`).toBe(true);
        if (id !== undefined) expect(idsIn(targetFile).has(id), `${file}: ${a.attributes.href}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(500);
  });

  it('links a glossary term’s first mark in a chapter, in each language, to its entry, and lists only entries the text links', () => {
    const entries = descendants(xhtml.get('glossary.xhtml')!).filter((e) => e.attributes['epub:type'] === 'glossterm').map((e) => e.attributes.id!);
    expect(entries.length).toBeGreaterThan(100);
    const linked = new Set<string>();
    for (const file of chapterFiles) {
      const doc = xhtml.get(file)!;
      for (const lang of langs) {
        // The marks of one language's text (a pending unit's Chinese stands in its translation's text, under its own lang).
        const side = descendants(doc).filter((e) => e.attributes.id !== undefined && e.attributes.id.endsWith(epubIdSuffix(lang)) && (lang !== SOURCE_LANG || !e.attributes.id.endsWith(epubIdSuffix(translation!))));
        const marks = side.flatMap((unit) => descendants(unit).filter((e) => e.attributes['data-term'] !== undefined));
        const first = new Map<string, XmlElement>();
        for (const mark of marks) if (!first.has(mark.attributes['data-term']!)) first.set(mark.attributes['data-term']!, mark);
        const links = marks.filter((m) => m.name === 'a');
        expect(links.length, `${file} (${lang})`).toBeGreaterThan(0);
        expect(links, `${file} (${lang}): the first mark of each term, and only it, is a link`).toEqual([...first.values()]);
        for (const link of links.filter((l) => l.attributes.href!.startsWith('glossary.xhtml#'))) linked.add(link.attributes.href!.slice('glossary.xhtml#'.length));
      }
    }
    expect([...linked].sort()).toEqual([...entries].sort());
  });

  it('draws every chart of the report as SVG with its data table, once', () => {
    const charts = edition.charts.filter((c) => c.report === report.meta.slug);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const figures = chapterFiles.flatMap((file) => descendants(xhtml.get(file)!).filter((e) => e.attributes.id === `chart-${chart.id}`));
      expect(figures, chart.id).toHaveLength(1);
      const inside = descendants(figures[0]!);
      const svg = inside.find((e) => e.name === 'svg')!;
      expect(svg.uri, chart.id).toBe('http://www.w3.org/2000/svg');
      const legend = chart.series.length > 1 ? chart.series.length : 0;
      expect(descendants(svg).filter((e) => e.name === 'rect' && e.attributes.class?.startsWith('series-'))).toHaveLength(legend + chart.series.reduce((n, s) => n + s.points.length, 0));
      expect(inside.filter((e) => e.name === 'tr'), chart.id).toHaveLength(chart.series[0]!.points.length + 1);
    }
  });

  it('lists every part, appendix and section in the navigation document, in order', () => {
    const toc = descendants(xhtml.get('nav.xhtml')!).find((e) => e.attributes['epub:type'] === 'toc')!;
    const hrefs = descendants(toc).filter((e) => e.name === 'a').map((a) => a.attributes.href);
    const expected = report.chapters.flatMap((c) => [c.division, ...subdivisions(c.division)].map((d) => `${c.slug}.xhtml#${d.heading.id}`));
    expect(hrefs.filter((h) => h?.includes('#'))).toEqual(expected);
  });
});

describe('an EPUB of a report translated in part, or not at all', () => {
  it('shows an untranslated unit’s Chinese in the translation’s place, under its own lang and marked pending, in the text and the navigation', () => {
    const english = new Map(report.translations.get('en'));
    english.delete('p1-1-s2');
    english.delete('p1-2');
    const partial = epubFiles({ ...report, translations: new Map([['en', english]]) }, edition);
    const chapter = readXml(partial.get('EPUB/part-1.xhtml')!);
    const sentence = descendants(chapter).find((e) => e.attributes.id === 'p1-1-s2-en')!;
    expect(textOf(sentence)).toBe(report.units.find((u) => u.id === 'p1-1-s2')!.zh);
    expect([sentence.attributes.lang, sentence.attributes.class]).toEqual(['zh-Hans', 's pending']);
    const toc = descendants(readXml(partial.get('EPUB/nav.xhtml')!)).find((e) => e.name === 'a' && e.attributes.href === 'part-1.xhtml#p1-2')!;
    expect(toc.children.filter((c): c is XmlElement => typeof c !== 'string').map((span) => span.attributes.lang)).toEqual(['zh-Hans', 'zh-Hans']);
  });

  it('is the Chinese alone while the report has no translation into the book’s language', () => {
    const none = { ...report, translations: new Map(), coverage: { en: { sentences: { translated: 0, total: 1 }, headings: { translated: 0, total: 1 } } } };
    expect(epubLangs(none)).toEqual([SOURCE_LANG]);
    const book = epubFiles(none, edition);
    const ids = [...book].filter(([path]) => path.endsWith('.xhtml')).flatMap(([, text]) => descendants(readXml(text)).map((e) => e.attributes.id ?? ''));
    expect(ids).toContain('p1-1-s2');
    expect(ids.filter((id) => id.endsWith('-en'))).toEqual([]);
    expect(descendants(readXml(book.get('EPUB/package.opf')!)).filter((e) => e.name === 'language').map((e) => textOf(e))).toEqual(['zh-Hans']);
  });
});

describe('the EPUB package', () => {
  const opf = readXml(files.get('EPUB/package.opf')!);
  const all = descendants(opf);

  it('states its languages, its modification date from the edition, and the translator as the edition names them', () => {
    expect(all.filter((e) => e.name === 'language').map((e) => textOf(e))).toEqual(['zh-Hans', 'en']);
    expect(textOf(all.find((e) => e.attributes.property === 'dcterms:modified')!)).toBe(`${edition.meta.date}T00:00:00Z`);
    const translator = all.find((e) => e.name === 'contributor')!;
    expect(textOf(translator)).toBe(edition.meta.editors.en);
    expect(all.filter((e) => e.attributes.refines === `#${translator.attributes.id}`).map((e) => textOf(e))).toContain('trl');
  });

  it('lists every file of the book in its manifest, with the svg property exactly where a document has SVG', () => {
    const items = all.filter((e) => e.name === 'item');
    expect(items.map((i) => `EPUB/${i.attributes.href}`).sort()).toEqual([...files.keys()].filter((p) => p.startsWith('EPUB/') && !p.endsWith('.opf')).sort());
    for (const item of items.filter((i) => i.attributes.href!.endsWith('.xhtml'))) {
      const hasSvg = descendants(xhtml.get(item.attributes.href!)!).some((e) => e.name === 'svg');
      expect(item.attributes.properties?.split(' ').includes('svg') ?? false, item.attributes.href).toBe(hasSvg);
    }
  });
});

describe('the EPUB zip', () => {
  const zip = zipEpub(files, edition.meta.date);

  it('starts with mimetype, stored, without an extra field, as EPUB requires', () => {
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true), 'compression method').toBe(0);
    expect(view.getUint16(26, true)).toBe('mimetype'.length);
    expect(view.getUint16(28, true), 'extra field length').toBe(0);
    expect(new TextDecoder().decode(zip.subarray(30, 38 + 'application/epub+zip'.length))).toBe('mimetypeapplication/epub+zip');
  });

  it('holds the documents unchanged, every entry dated the edition’s date', () => {
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(new TextDecoder().decode(entries[path]), path).toBe(text);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const dos = view.getUint16(12, true);
    const [year, month, day] = edition.meta.date.split('-').map(Number);
    expect([(dos >> 9) + 1980, (dos >> 5) & 15, dos & 31, view.getUint16(10, true)]).toEqual([year, month, day, 0]);
  });

  it('is the same bytes when made again, in another time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = zipEpub(epubFiles(report, edition), edition.meta.date);
      process.env.TZ = 'America/Los_Angeles';
      const west = zipEpub(epubFiles(report, edition), edition.meta.date);
      expect(Buffer.from(east).equals(Buffer.from(zip))).toBe(true);
      expect(Buffer.from(west).equals(Buffer.from(zip))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
