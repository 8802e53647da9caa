/**
 * `dist/data/<slug>.tei.xml`: the report as a TEI P5 document, for digital humanists' own tools.
 *   teiHeader  the edition (titles, editors and translators, version, licence), the Chinese source
 *              described as a bibl, the anchors' policy (refsDecl), the languages, the changelog
 *   text/group one <text> per language that has a translation of the report (and the source's), each with
 *              the report's divisions: the title block in <front>, the opening address and the parts in <body>,
 *              the appendices and the editorial notes in <back>; every heading and sentence an <s> whose xml:id
 *              is its anchor (source language) or the anchor and the language's code (`p1-2-s3-en`, pointing to
 *              the source's with @corresp)
 *   text/back  the glossary entries marked in this report as <list type="gloss">, which the <term ref>s point to
 * Built from the loaded edition with xmlbuilder2, which escapes the text and writes well-formed XML;
 * the marks come from the same term matcher as the pages', the notes from the same checked notes.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { isDivision, type Division, type Paragraph, type Unit } from '../pipeline/report-tree.ts';
import { parseInlineTranslation } from '../pipeline/inline-translation.ts';
import type { TermMatcher } from '../pipeline/term-matcher.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { Changelog } from '../schemas/changelog.ts';
import { HTML_LANG, LANGS, LANGUAGES, SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import { translate } from '../i18n/strings.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Urls } from '../site/urls.ts';
import type { Edition, LoadedReport } from './load-edition.ts';
import type { EditorialNote } from './load-notes.ts';
import { divisionTermMatcher, reportTermMatcher } from './explained-terms.ts';
import type { Glossary } from './load-glossary.ts';
import { isUntranslated, translationOf } from './unit-text.ts';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
/**
 * The declaration, and where TEI editors (oXygen, VS Code's XML tools) find the schema to check the file
 * against: the TEI Consortium's tei_all of its current release. Constant text, written here only so that each
 * stands on a line of its own (xmlbuilder2 puts the root element on the same line).
 */
const PROLOGUE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<?xml-model href="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
  '',
].join('\n');

/** The xml:id of a unit in one language's text: the anchor itself in the source language, else the anchor and the language's code. */
export const teiUnitId = (anchor: string, lang: Lang) => (lang === SOURCE_LANG ? anchor : `${anchor}-${lang}`);
/** The xml:id of a glossary entry's label in the glossary list (no anchor starts with `term-`). */
export const teiTermId = (entryId: string) => `term-${entryId}`;
/** The xml:id of one language's <text>. */
export const teiTextId = (lang: Lang) => `text-${lang}`;

/** Pinyin as a language tag (BCP 47 registers the variant `pinyin`). */
const PINYIN_LANG = 'zh-Latn-pinyin';

type TeiEdition = Pick<Edition, 'meta' | 'changelog' | 'glossary'>;

interface TextContext {
  report: LoadedReport;
  lang: Lang;
  /** The edition's glossary and the report's own explained terms (explained-terms.ts). */
  matcher: TermMatcher;
  /** The edition's glossary: an appendix's marks are its division's (divisionTermMatcher). */
  glossary: Glossary;
  /** Every glossary entry a mark points to, filled while the texts are written: the list in <back> holds these. */
  marked: Set<string>;
}

export function reportTei(report: LoadedReport, edition: TeiEdition, urls: Urls): string {
  const doc = create();
  const tei = doc.ele(TEI_NAMESPACE, 'TEI');
  // A language with no translation of the report at all would be a text of gaps only: it is left out.
  const langs = LANGS.filter((lang) => !isUntranslated(report, lang));
  teiHeader(tei.ele('teiHeader'), report, edition, urls, langs);
  const outer = tei.ele('text');
  const group = outer.ele('group');
  const marked = new Set<string>();
  const matcher = reportTermMatcher(edition.glossary, report);
  for (const lang of langs) languageText(group, { report, lang, matcher, glossary: edition.glossary, marked });
  const entries = edition.glossary.entries.filter((e) => marked.has(e.id));
  if (entries.length > 0) {
    const list = outer.ele('back').ele('div', { type: 'glossary' }).ele('list', { type: 'gloss' });
    for (const entry of entries) {
      const label = list.ele('label', { 'xml:id': teiTermId(entry.id) });
      for (const form of [entry.term, ...entry.aliases]) label.ele('term', { 'xml:lang': HTML_LANG[SOURCE_LANG]!, ...(form === entry.term ? {} : { type: 'alias' }) }).txt(form);
      label.ele('term', { 'xml:lang': PINYIN_LANG, type: 'pinyin' }).txt(entry.pinyin);
      const item = list.ele('item');
      // The glossary's rendering is English, whatever the table's translations (its field `en`).
      item.ele('gloss', { 'xml:lang': 'en' }).txt(entry.en);
      localized(item, 'desc', entry.short);
    }
  }
  indentElementContent(tei.node as unknown as Element);
  return `${PROLOGUE}${doc.end({ headless: true })}\n`;
}

/** The header; `langs` are the languages the file has a text in. */
function teiHeader(header: XMLBuilder, report: LoadedReport, { meta, changelog }: TeiEdition, urls: Urls, langs: readonly Lang[]): void {
  const { meta: reportMeta } = report;
  const t = Object.fromEntries(LANGS.map((lang) => [lang, translate(lang)]));
  const strings = (key: MessageKey): LocalizedText => Object.fromEntries(LANGS.map((lang) => [lang, t[lang]!(key)])) as LocalizedText;
  const editors = (parent: XMLBuilder) => localized(parent, 'orgName', meta.editors);

  const fileDesc = header.ele('fileDesc');
  const titleStmt = fileDesc.ele('titleStmt');
  localized(titleStmt, 'title', reportMeta.title, { type: 'main' });
  if (reportMeta.author) localized(titleStmt.ele('author'), 'orgName', reportMeta.author);
  editors(titleStmt.ele('editor'));
  const credit = titleStmt.ele('respStmt');
  localized(credit, 'resp', strings('about.editors'));
  editors(credit);

  const edition = fileDesc.ele('editionStmt').ele('edition', { n: meta.version });
  localized(edition, 'title', meta.title);
  edition.ele('date', { when: meta.date });

  const publication = fileDesc.ele('publicationStmt');
  editors(publication.ele('publisher'));
  publication.ele('date', { when: meta.date });
  const self = urls.absolute(urls.data(`${reportMeta.slug}.tei.xml`));
  if (/^https?:/u.test(self)) publication.ele('idno', { type: 'URI' }).txt(self);
  const availability = publication.ele('availability');
  const licence = availability.ele('licence', { target: meta.licence.url });
  licence.ele('ref', { target: meta.licence.url }).txt(meta.licence.name);
  localized(licence, 'p', meta.licence.scope);
  localized(availability, 'p', meta.sourceStatus);

  // The Chinese source, as the report's metadata describes it (each field only where it is given).
  const source = fileDesc.ele('sourceDesc').ele('bibl');
  localized(source, 'title', reportMeta.title);
  if (reportMeta.author) localized(source.ele('author'), 'orgName', reportMeta.author);
  if (reportMeta.speaker) {
    const speaker = source.ele('respStmt');
    localized(speaker, 'resp', reportMeta.office ?? strings('speaker'));
    localized(speaker, 'persName', reportMeta.speaker);
  }
  source.ele('date', { when: reportMeta.date });
  if (reportMeta.place) localized(source.ele('pubPlace'), 'placeName', reportMeta.place);
  if (reportMeta.venue) localized(source, 'note', reportMeta.venue, { type: 'venue' });
  if (reportMeta.source?.description) localized(source, 'note', reportMeta.source.description, { type: 'provenance' });
  if (reportMeta.source?.url) source.ele('ref', { target: reportMeta.source.url }).txt(reportMeta.source.url);
  source.ele('textLang', { mainLang: HTML_LANG[SOURCE_LANG]! }).txt(LANGUAGES[0]!.label);

  const encoding = header.ele('encodingDesc');
  const editorial = encoding.ele('editorialDecl');
  localized(editorial, 'p', strings('about.textual.exact'));
  localized(editorial, 'p', strings('about.textual.errors'));
  const refs = encoding.ele('refsDecl', { 'xml:id': 'anchors' });
  localized(refs, 'p', strings('about.anchors'));
  localized(refs, 'p', strings('teiIds'));

  const languages = header.ele('profileDesc').ele('langUsage');
  for (const language of LANGUAGES) languages.ele('language', { ident: language.htmlLang }).txt(language.label);
  languages.ele('language', { ident: PINYIN_LANG }).txt('Hanyu Pinyin');

  revisionDesc(header.ele('revisionDesc'), changelog, new Set(report.units.map((u) => u.id)), langs);
}

/**
 * The changelog, a release per listChange. A change points to the units it touched in this report: a
 * translation change to their translations, any other to the source text's units.
 */
function revisionDesc(parent: XMLBuilder, changelog: Changelog, anchors: ReadonlySet<string>, langs: readonly Lang[]): void {
  const releases = parent.ele('listChange');
  for (const release of changelog) {
    const list = releases.ele('listChange', { type: 'release', n: release.version });
    localized(list, 'desc', release.summary);
    for (const change of release.changes) {
      const touched = change.kind === 'translation' ? langs.filter((lang) => lang !== SOURCE_LANG) : [SOURCE_LANG];
      const here = change.anchors.filter((a) => anchors.has(a));
      const target = here.flatMap((a) => touched.map((lang) => `#${teiUnitId(a, lang)}`)).join(' ');
      localized(list.ele('change', { when: release.date, n: release.version, type: change.kind, ...(target ? { target } : {}) }), 'p', change.description);
    }
    // A release always has a change element, even one that lists no change of its own.
    if (release.changes.length === 0) list.ele('change', { when: release.date, n: release.version });
  }
}

/** One language's <text>: the report's whole tree, each unit in that language. */
function languageText(group: XMLBuilder, context: TextContext): void {
  const { report, lang } = context;
  const { tree } = report;
  const text = group.ele('text', {
    'xml:id': teiTextId(lang),
    'xml:lang': HTML_LANG[lang]!,
    type: lang === SOURCE_LANG ? 'source' : 'translation',
    ...(lang === SOURCE_LANG ? {} : { corresp: `#${teiTextId(SOURCE_LANG)}` }),
  });
  if (tree.front.length > 0) {
    const titleBlock = text.ele('front').ele('div', { type: 'title-block' });
    for (const unit of tree.front) sentences(titleBlock.ele('p'), [unit], context);
  }
  const body = text.ele('body');
  for (const paragraph of tree.opening) sentences(body.ele('p'), paragraph.units, context);
  for (const part of tree.parts) division(body, part, context);
  const notes = report.notes;
  if (tree.appendices.length > 0 || notes.length > 0) {
    const back = text.ele('back');
    for (const appendix of tree.appendices) division(back, appendix, { ...context, matcher: divisionTermMatcher(context.glossary, report, appendix) });
    if (notes.length > 0) {
      const div = back.ele('div', { type: 'notes' });
      for (const note of notes) editorialNote(div, note, lang);
    }
  }
}

/**
 * A division: its heading, then its paragraphs and divisions. TEI lets a div hold paragraphs before its
 * sub-divisions but not after them, so paragraphs that follow a sub-division (an address to the deputies
 * after the sections of a part, 各位代表！…) stand in a div of their own, without a heading.
 */
function division(parent: XMLBuilder, d: Division, context: TextContext): void {
  const div = parent.ele('div', { type: d.kind, ...(d.number === undefined ? {} : { n: String(d.number) }) });
  sentences(div.ele('head', d.runIn ? { rend: 'run-in' } : {}), [d.heading], context);
  let afterDivision = false;
  let trailing: XMLBuilder | undefined;
  for (const child of d.children) {
    if (isDivision(child)) {
      division(div, child, context);
      afterDivision = true;
      trailing = undefined;
    } else {
      const container = afterDivision ? (trailing ??= div.ele('div', { type: trailingKind(child) })) : div;
      sentences(container.ele('p'), child.units, context);
    }
  }
}

const trailingKind = (paragraph: Paragraph) => (paragraph.address ? 'address' : 'continuation');

/** Units as <s> elements: in the source language, its text; in a translation, the translation or a gap where there is none yet. */
function sentences(parent: XMLBuilder, units: Unit[], context: TextContext): void {
  const { report, lang } = context;
  units.forEach((unit, i) => {
    // Sentences of a translation are separated by a space, as on the pages; Chinese ones follow each other.
    if (i > 0 && lang !== SOURCE_LANG) parent.txt(' ');
    const s = parent.ele('s', { 'xml:id': teiUnitId(unit.id, lang), ...(lang === SOURCE_LANG ? {} : { corresp: `#${teiUnitId(unit.id, SOURCE_LANG)}` }) });
    if (lang === SOURCE_LANG) return markedText(s, unit.zh, context);
    const translation = translationOf(report, unit.id, lang);
    if (translation === undefined) s.ele('gap', { reason: 'untranslated' });
    else inlineText(s, translation, (value) => markedText(s, value, context));
  });
}

/** A translation's text: the original terms it quotes ({{zh:…}}) as <foreign>, the rest written by `rest`. */
function inlineText(parent: XMLBuilder, text: string, rest: (value: string) => void): void {
  for (const piece of parseInlineTranslation(text)) {
    if (piece.type === 'original') parent.ele('foreign', { 'xml:lang': HTML_LANG[SOURCE_LANG]! }).txt(piece.value);
    else rest(piece.value);
  }
}

/** Text with every glossary term in it as <term ref>: to the glossary list, or to the item of the report's own 名词解释 that explains it. */
function markedText(parent: XMLBuilder, text: string, { matcher, lang, marked }: TextContext): void {
  let last = 0;
  for (const match of matcher.find(text, lang)) {
    if (match.start > last) parent.txt(text.slice(last, match.start));
    if (match.report === undefined) marked.add(match.id);
    const ref = match.report === undefined ? teiTermId(match.id) : teiUnitId(match.id, SOURCE_LANG);
    parent.ele('term', { ref: `#${ref}` }).txt(match.text);
    last = match.end;
  }
  if (last < text.length) parent.txt(text.slice(last));
}

/** An editorial note in one language's text, pointing to its unit there; its text in that language, else in the source language. */
function editorialNote(parent: XMLBuilder, note: EditorialNote, lang: Lang): void {
  const textLang = note.text[lang] === undefined ? SOURCE_LANG : lang;
  const el = parent.ele('note', {
    type: note.kind,
    target: `#${teiUnitId(note.anchor, lang)}`,
    ...(textLang === lang ? {} : { 'xml:lang': HTML_LANG[textLang]! }),
  });
  const phraseLang = note.phrase?.[lang] === undefined ? SOURCE_LANG : lang;
  const phrase = note.phrase?.[phraseLang];
  if (phrase !== undefined) el.ele('label').ele('mentioned', phraseLang === lang ? {} : { 'xml:lang': HTML_LANG[phraseLang]! }).txt(phrase);
  const p = el.ele('p');
  if (textLang === SOURCE_LANG) p.txt(note.text[SOURCE_LANG]!);
  else inlineText(p, note.text[textLang]!, (value) => p.txt(value));
}

/** One element per language a text has, each with its xml:lang, in the table's order. */
function localized(parent: XMLBuilder, name: string, text: LocalizedText, attributes: Record<string, string> = {}): void {
  for (const lang of LANGS) {
    const value = text[lang];
    if (value !== undefined) parent.ele(name, { ...attributes, 'xml:lang': HTML_LANG[lang]! }).txt(value);
  }
}

/**
 * The elements that hold elements and no text of their own: indented inside. Every other element is
 * written on one line, as whitespace in it would be text (between two Chinese sentences of a <p>, a space).
 */
const STRUCTURAL = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'author', 'editor', 'respStmt', 'editionStmt', 'edition', 'publicationStmt', 'publisher',
  'availability', 'licence', 'sourceDesc', 'bibl', 'pubPlace', 'encodingDesc', 'editorialDecl', 'refsDecl', 'profileDesc', 'langUsage',
  'revisionDesc', 'listChange', 'change', 'text', 'group', 'front', 'body', 'back', 'div', 'list', 'label', 'item', 'note',
]);

/**
 * Line breaks and indentation inside the structural elements, so the file reads and diffs line by line
 * (xmlbuilder2's own pretty printing would indent inside mixed content too, adding text to it).
 */
const ELEMENT_NODE = 1;

function indentElementContent(element: Element, depth = 0): void {
  const children = [...element.childNodes];
  if (!STRUCTURAL.has(element.localName) || children.some((c) => c.nodeType !== ELEMENT_NODE)) return;
  const indent = (level: number) => element.ownerDocument.createTextNode(`\n${'  '.repeat(level)}`);
  for (const child of children) {
    element.insertBefore(indent(depth + 1), child);
    indentElementContent(child as Element, depth + 1);
  }
  if (children.length > 0) element.appendChild(indent(depth));
}
