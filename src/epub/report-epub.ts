/**
 * `dist/data/<slug>.epub`: the report as an EPUB 3 book in the source language and the first
 * translation of the table (the pair the parallel view shows): a title page with the report's and
 * the edition's metadata, the chapters with each paragraph in Chinese followed by its translation
 * (chapter-xhtml.ts, from the same annotated chapter trees as the pages), the editorial notes as
 * footnotes, the charts as SVG with their tables, and the glossary entries the text marks as an
 * appendix; the navigation document lists parts and sections.
 * Why paragraph by paragraph: an e-reader turns pages and jumps badly, so a reader comparing the
 * two languages — the edition's readers do — finds the translation on the same screen as its
 * Chinese; one language per chapter would make every comparison two jumps.
 * Identical from build to build: the zip's entries have one fixed time (the edition's date), the
 * identifier is derived from the report's slug, `dcterms:modified` is the edition's date.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Edition, LoadedReport } from '../edition/load-edition.ts';
import { annotatedChapter, chapterContext } from '../edition/write-chapters.ts';
import { isUntranslated, unitText } from '../edition/unit-text.ts';
import { anchorLocator } from '../edition/anchor-locations.ts';
import type { TermRef } from '../pipeline/remark-glossary-terms.ts';
import { subdivisions, type Unit } from '../pipeline/report-tree.ts';
import type { Chapter } from '../pipeline/chapters.ts';
import { parseInlineTranslation } from '../pipeline/inline-translation.ts';
import { HTML_LANG, SOURCE_LANG, parallelPartner, type Lang } from '../i18n/langs.ts';
import { translate } from '../i18n/strings.ts';
import { localize, localized } from '../i18n/localize.ts';
import { formatDate } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import { chapterLabel, deliveredLine } from '../site/report-facts.ts';
import { bilingualChapter, type ChapterSide } from './chapter-xhtml.ts';
import { chartFigure } from './chart-figure.ts';
import { el, xhtmlDocument, xmlDocument, type XElement, type XNode } from './xhtml.ts';

const OPF_NS = 'http://www.idpf.org/2007/opf';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CSS = 'book.css';
// Read, not imported: Vite (and vitest) hand a CSS module's `?raw` to their CSS pipeline, which vitest empties.
const stylesheet = readFileSync(new URL('./book.css', import.meta.url), 'utf8');
const TITLE_PAGE = 'title.xhtml';
const NAV = 'nav.xhtml';
const GLOSSARY = 'glossary.xhtml';
const chapterFile = (chapter: Chapter) => `${chapter.slug}.xhtml`;
/** The anchor the title page explains the ids by (the README's example). */
const EXAMPLE_ANCHOR = 'p1-2-s7';

/** The book's documents, path inside the container → content, in the order they are zipped (mimetype first). */
export type EpubFiles = Map<string, string>;

/** The languages of a report's book: the source, and its translation partner unless the report has no translation into it yet. */
export function epubLangs(report: LoadedReport): Lang[] {
  const partner = parallelPartner(SOURCE_LANG);
  return isUntranslated(report, partner) ? [SOURCE_LANG] : [SOURCE_LANG, partner];
}

/** The suffix a language's anchor ids have in the book: none for the source (`p1-2-s7`), `-en` for English (`p1-2-s7-en`). */
export const epubIdSuffix = (lang: Lang) => (lang === SOURCE_LANG ? '' : `-${lang}`);

export function epubFiles(report: LoadedReport, edition: Edition): EpubFiles {
  const langs = epubLangs(report);
  const { meta } = report;
  const t = translate;
  const locate = anchorLocator([report]);
  const anchorHref = (anchor: string) => `${locate(anchor, meta.slug)!.chapter}.xhtml#${anchor}`;
  const chartsById = new Map(edition.charts.map((c) => [c.id, c]));
  const glossaryUsed = new Set<string>();

  /** An element for each language of the book, each with its `lang`; the translations' marked `tr`. */
  const inEach = (name: string, make: (lang: Lang) => XNode[], attrs: Record<string, string> = {}): XElement[] =>
    langs.map((lang) => el(name, { ...attrs, lang: HTML_LANG[lang], class: [attrs.class, lang === SOURCE_LANG ? undefined : 'tr'].filter(Boolean).join(' ') || undefined }, make(lang)));
  const message = (key: MessageKey) => inEach('span', (lang) => [t(lang)(key)]);
  /** A localized text in a language, or the source text with its own `lang` where it has none. */
  const shown = (text: LocalizedText, lang: Lang): XNode => {
    const s = localize(text, lang);
    return s.lang === lang ? s.text : el('span', { lang: HTML_LANG[s.lang] }, [s.text]);
  };

  const chapters = report.chapters.map((chapter) => {
    const context = chapterContext(edition.glossary, report, chapter, edition.charts);
    const side = (lang: Lang): ChapterSide => ({
      tree: annotatedChapter(report, chapter, lang, 'reading', context, { citeLinks: false }),
      langTag: HTML_LANG[lang]!,
      idSuffix: epubIdSuffix(lang),
    });
    const body = bilingualChapter({
      source: side(SOURCE_LANG),
      translation: langs[1] === undefined ? undefined : side(langs[1]),
      termHref: (term: TermRef) => {
        if (term.report !== undefined) return anchorHref(term.id);
        glossaryUsed.add(term.id);
        return `${GLOSSARY}#term-${term.id}`;
      },
      chart: (id) => chartFigure(chartsById.get(id)!, { langs, anchorHref }),
      notesHeading: message('notesHeading'),
    });
    const title = `${chapterLabel(chapter, t(SOURCE_LANG))} ${chapter.division.heading.zh}`;
    return { chapter, title, document: xhtmlDocument({ lang: HTML_LANG[SOURCE_LANG]!, title, stylesheet: CSS, body }), hasSvg: body.some(containsSvg) };
  });

  const reportTitle = localized(meta.title, SOURCE_LANG);
  const editionMeta = edition.meta;

  const titlePage = xhtmlDocument({
    lang: HTML_LANG[SOURCE_LANG]!,
    title: reportTitle,
    stylesheet: CSS,
    body: [
      el('section', { class: 'title-page', 'epub:type': 'titlepage' }, [
        el('h1', {}, inEach('span', (lang) => [shown(meta.title, lang)])),
        ...inEach('p', (lang) => [deliveredLine(meta, lang, t(lang))], { class: 'delivered' }),
        ...(meta.speaker
          ? inEach('p', (lang) => [t(lang)('speaker'), t(lang)('noteSeparator'), shown(meta.speaker!, lang), ...(meta.office ? [t(lang)('list.separator'), shown(meta.office, lang)] : [])])
          : []),
        el('h2', {}, message('editionFacts')),
        ...inEach('p', (lang) => [
          el('cite', {}, [shown(editionMeta.title, lang)]),
          t(lang)('editionCredit', { version: editionMeta.version, date: formatDate(editionMeta.date, lang), editors: localized(editionMeta.editors, lang) }),
        ]),
        el('h2', {}, message('licence')),
        ...inEach('p', (lang) => [shown(editionMeta.licence.scope, lang), ' ', el('a', { href: editionMeta.licence.url }, [editionMeta.licence.name])]),
        ...inEach('p', (lang) => [shown(editionMeta.sourceStatus, lang)]),
        ...(meta.source?.description ? inEach('p', (lang) => [shown(meta.source!.description!, lang), ...(meta.source!.url ? [' ', el('a', { href: meta.source!.url }, [meta.source!.url])] : [])]) : []),
        el('h2', {}, message('about.anchorsHeading')),
        ...inEach('p', (lang) => [
          t(lang)('epub.anchors', { source: EXAMPLE_ANCHOR }),
          // Sentences are spaced in a translation, never in Chinese (as chapter-tree.ts joins them).
          ...(langs[1] === undefined ? [] : [lang === SOURCE_LANG ? '' : ' ', t(lang)('epub.anchorsTranslation', { translation: `${EXAMPLE_ANCHOR}${epubIdSuffix(langs[1])}` })]),
        ]),
      ]),
    ],
  });

  const glossaryEntries = edition.glossary.entries.filter((entry) => glossaryUsed.has(entry.id));
  const glossaryPage =
    glossaryEntries.length === 0
      ? undefined
      : xhtmlDocument({
          lang: HTML_LANG[SOURCE_LANG]!,
          title: t(SOURCE_LANG)('glossary'),
          stylesheet: CSS,
          body: [
            el('section', { class: 'glossary', 'epub:type': 'glossary' }, [
              el('h1', {}, message('glossary')),
              el(
                'dl',
                {},
                glossaryEntries.flatMap((entry) => [
                  el('dt', { id: `term-${entry.id}`, 'epub:type': 'glossterm' }, [
                    el('dfn', { lang: HTML_LANG[SOURCE_LANG] }, [entry.term]),
                    ' ',
                    el('span', { class: 'pinyin', lang: 'zh-Latn-pinyin' }, [entry.pinyin]),
                    // The rendering the translation uses (the glossary's `en`: English whatever the translation).
                    ...(langs.length > 1 ? [' ', el('span', { class: 'rendering', lang: 'en' }, [entry.en])] : []),
                  ]),
                  el('dd', { 'epub:type': 'glossdef' }, inEach('p', (lang) => withOriginalTerms(localize(entry.short, lang)))),
                ]),
              ),
            ]),
          ],
        });

  const navPoints = (chapter: Chapter) => {
    const heading = (unit: Unit, lang: Lang) => {
      const text = unitText(report, unit, lang);
      return el('span', { lang: HTML_LANG[text.lang] }, [text.text]);
    };
    const link = (unit: Unit) => el('a', { href: `${chapterFile(chapter)}#${unit.id}` }, langs.flatMap((lang, i) => [...(i > 0 ? [' '] : []), heading(unit, lang)]));
    const sections = subdivisions(chapter.division);
    return el('li', {}, [link(chapter.division.heading), ...(sections.length > 0 ? [el('ol', {}, sections.map((s) => el('li', {}, [link(s.heading)])))] : [])]);
  };
  const first = report.chapters[0]!;
  const nav = xhtmlDocument({
    lang: HTML_LANG[SOURCE_LANG]!,
    title: t(SOURCE_LANG)('contents'),
    stylesheet: CSS,
    body: [
      el('nav', { 'epub:type': 'toc', id: 'toc' }, [
        el('h1', {}, message('contents')),
        el('ol', {}, [
          el('li', {}, [el('a', { href: TITLE_PAGE }, message('epub.titlePage'))]),
          ...report.chapters.map(navPoints),
          ...(glossaryPage ? [el('li', {}, [el('a', { href: GLOSSARY }, message('glossary'))])] : []),
        ]),
      ]),
      el('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: 'hidden' }, [
        el('ol', {}, [
          el('li', {}, [el('a', { 'epub:type': 'titlepage', href: TITLE_PAGE }, message('epub.titlePage'))]),
          el('li', {}, [el('a', { 'epub:type': 'toc', href: NAV }, message('contents'))]),
          el('li', {}, [el('a', { 'epub:type': 'bodymatter', href: `${chapterFile(first)}#${first.division.heading.id}` }, [reportTitle])]),
          ...(glossaryPage ? [el('li', {}, [el('a', { 'epub:type': 'glossary', href: GLOSSARY }, message('glossary'))])] : []),
        ]),
      ]),
    ],
  });

  const items: { id: string; href: string; type: string; properties?: string; spine: boolean }[] = [
    { id: 'title-page', href: TITLE_PAGE, type: 'application/xhtml+xml', spine: true },
    { id: 'nav', href: NAV, type: 'application/xhtml+xml', properties: 'nav', spine: true },
    ...chapters.map(({ chapter, hasSvg }) => ({ id: chapter.slug, href: chapterFile(chapter), type: 'application/xhtml+xml', properties: hasSvg ? 'svg' : undefined, spine: true })),
    ...(glossaryPage ? [{ id: 'glossary', href: GLOSSARY, type: 'application/xhtml+xml', spine: true }] : []),
    { id: 'css', href: CSS, type: 'text/css', spine: false },
  ];

  const metaText = (field: LocalizedText | undefined, lang: Lang) => field?.[lang];
  const dc = (name: string, text: string, attrs: Record<string, string | undefined> = {}) => el(`dc:${name}`, attrs, [text]);
  const author = metaText(meta.author, SOURCE_LANG);
  const opf = xmlDocument(
    el('package', { version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': HTML_LANG[SOURCE_LANG] }, [
      el('metadata', {}, [
        dc('identifier', bookIdentifier(meta.slug, langs), { id: 'book-id' }),
        ...langs.map((lang) => dc('title', localized(meta.title, lang), { id: `title-${lang}`, 'xml:lang': HTML_LANG[lang] })),
        el('meta', { refines: `#title-${SOURCE_LANG}`, property: 'title-type' }, ['main']),
        ...langs.map((lang) => dc('language', HTML_LANG[lang]!)),
        ...(author ? [dc('creator', author, { id: 'author', 'xml:lang': HTML_LANG[SOURCE_LANG] }), el('meta', { refines: '#author', property: 'role', scheme: 'marc:relators' }, ['aut'])] : []),
        ...langs.slice(1).flatMap((lang) => [
          dc('contributor', localized(editionMeta.editors, lang), { id: `translator-${lang}`, 'xml:lang': HTML_LANG[lang] }),
          el('meta', { refines: `#translator-${lang}`, property: 'role', scheme: 'marc:relators' }, ['trl']),
          el('meta', { refines: `#translator-${lang}`, property: 'role', scheme: 'marc:relators' }, ['edt']),
        ]),
        dc('publisher', localized(editionMeta.title, langs[1] ?? SOURCE_LANG)),
        // The book's own date: the edition's release (the report's date is on the title page).
        dc('date', editionMeta.date),
        ...langs.map((lang) => dc('rights', `${localized(editionMeta.licence.scope, lang)} ${editionMeta.licence.url}`, { 'xml:lang': HTML_LANG[lang] })),
        ...(meta.source?.url ? [dc('source', meta.source.url)] : []),
        el('meta', { property: 'dcterms:modified' }, [`${editionMeta.date}T00:00:00Z`]),
        el('meta', { property: 'schema:accessMode' }, ['textual']),
        el('meta', { property: 'schema:accessMode' }, ['visual']),
        el('meta', { property: 'schema:accessModeSufficient' }, ['textual']),
        el('meta', { property: 'schema:accessibilityFeature' }, ['structuralNavigation']),
        el('meta', { property: 'schema:accessibilityFeature' }, ['longDescription']),
        el('meta', { property: 'schema:accessibilityHazard' }, ['none']),
        ...langs.map((lang) => el('meta', { property: 'schema:accessibilitySummary', 'xml:lang': HTML_LANG[lang] }, [t(lang)('epub.accessibilitySummary')])),
      ]),
      el('manifest', {}, items.map((item) => el('item', { id: item.id, href: item.href, 'media-type': item.type, properties: item.properties }))),
      el('spine', {}, items.filter((item) => item.spine).map((item) => el('itemref', { idref: item.id, linear: item.id === 'nav' ? 'no' : undefined }))),
    ]),
    OPF_NS,
    { dc: DC_NS },
  );

  const container = xmlDocument(
    el('container', { version: '1.0' }, [el('rootfiles', {}, [el('rootfile', { 'full-path': 'EPUB/package.opf', 'media-type': 'application/oebps-package+xml' })])]),
    'urn:oasis:names:tc:opendocument:xmlns:container',
  );

  return new Map([
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', container],
    ['EPUB/package.opf', opf],
    [`EPUB/${TITLE_PAGE}`, titlePage],
    [`EPUB/${NAV}`, nav],
    ...chapters.map(({ chapter, document }): [string, string] => [`EPUB/${chapterFile(chapter)}`, document]),
    ...(glossaryPage ? [[`EPUB/${GLOSSARY}`, glossaryPage] as [string, string]] : []),
    [`EPUB/${CSS}`, stylesheet],
  ]);
}

/** The book as a zip: `mimetype` first and stored, everything else deflated; every entry dated the edition's date. */
export function zipEpub(files: EpubFiles, date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // fflate writes the zip's DOS time from the local-time fields of the Date: a local midnight gives the same bytes in every time zone.
  const mtime = new Date(year, month - 1, day);
  const entries: Zippable = {};
  for (const [path, text] of files) entries[path] = [strToU8(text), path === 'mimetype' ? { level: 0, mtime } : { level: 9, mtime }];
  return zipSync(entries);
}

export const reportEpub = (report: LoadedReport, edition: Edition): Uint8Array => zipEpub(epubFiles(report, edition), edition.meta.date);

/** A name-based UUID (RFC 9562 version 5, SHA-1) from the report and the book's languages: the same book keeps its identifier across releases. */
function bookIdentifier(slug: string, langs: Lang[]): string {
  const hash = createHash('sha1').update(`bilingual-edition/${slug}/${langs.join('+')}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function containsSvg(node: XNode): boolean {
  return typeof node !== 'string' && (node.name === 'svg' || node.children.some(containsSvg));
}

/** A text with {{zh:…}} original terms, as XHTML pieces; in the source language where it stands in for a missing translation. */
function withOriginalTerms(shown: { text: string; lang: Lang; pending: boolean }): XNode[] {
  const pieces = parseInlineTranslation(shown.text).map((piece): XNode => (piece.type === 'text' ? piece.value : el('span', { lang: HTML_LANG[SOURCE_LANG], class: 'original-term' }, [piece.value])));
  return shown.pending ? [el('span', { lang: HTML_LANG[shown.lang] }, pieces)] : pieces;
}
