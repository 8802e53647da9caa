/**
 * The citations of a report (or of one sentence of it, through tokens) in the formats
 * researchers use: GB/T 7714-2015, Chicago notes and bibliography, APA 7, BibTeX — made from
 * CSL styles by citation-js, never concatenated by hand. APA comes with citation-js; the
 * GB/T and Chicago styles (styles/*.csl) are written for the one item type cited here.
 */
import { createRequire } from 'node:module';
import gbtStyle from './styles/gb-t-7714-2015.csl?raw';
import chicagoStyle from './styles/chicago-notes-bibliography.csl?raw';
import { HTML_LANG, SOURCE_LANG, TRANSLATION_LANGS, type Lang } from '../i18n/langs.ts';
import { localized } from '../i18n/localize.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { ReportMeta } from '../schemas/report-meta.ts';
import type { EditionMeta } from '../schemas/edition.ts';
import { TOKENS, anchorKey } from './tokens.ts';
import type { Cite as CiteInstance } from '@citation-js/core';
// The plugins' types add their output formats (citation, bibliography, bibtex) to the core's.
import type {} from '@citation-js/plugin-csl';
import type {} from '@citation-js/plugin-bibtex';

// citation-js registers its plugins on the CommonJS build of its core: load all of it that way.
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-csl');
require('@citation-js/plugin-bibtex');

// The styles are bundled with this module (Vite's `?raw`), so they are found wherever the bundler puts it.
const STYLES = { gbt: gbtStyle, chicago: chicagoStyle } as const;
let registered = false;
function registerStyles() {
  if (registered) return;
  // BibTeX with the Chinese as written (biber and modern BibTeX read UTF-8), and the item's id as its key (bibKey).
  Object.assign(plugins.config.get('@bibtex').format, { asciiOnly: false, useIdAsLabel: true });
  const styles = plugins.config.get('@csl').styles;
  for (const [name, xml] of Object.entries(STYLES)) styles.add(name, xml);
  registered = true;
}

/** The language of the CSL styles' words (“Accessed”, “Report”) and of APA's locator: English. */
export const CITATION_LANG: Lang = 'en';

// A type, not an interface: a page hands it to its script as a plain record of strings (CiteData.templates).
export type Citations = {
  gbt: string;
  chicagoNote: string;
  chicagoBibliography: string;
  apaReference: string;
  apaInText: string;
  bibtex: string;
};

export const CITATION_FORMATS: (keyof Citations)[] = ['gbt', 'chicagoNote', 'chicagoBibliography', 'apaReference', 'apaInText', 'bibtex'];

/** What the edition says of itself that a citation of its translation needs (content/edition.yaml). */
export type CitedEdition = Pick<EditionMeta, 'title' | 'editors' | 'version' | 'date'>;

const dateParts = (date: string) => [date.split('-').map(Number)];

/** What a CSL item of the government's report says of its publication: the government as publisher, its place, the report's date. */
const reportFields = (meta: ReportMeta, author: string | undefined, place: string | undefined) => ({
  ...(author === undefined ? {} : { publisher: author }),
  ...(place === undefined ? {} : { 'publisher-place': place }),
  issued: { 'date-parts': dateParts(meta.date) },
});

/** What a CSL item of the edition's translation says: the editors its translators, the edition its container, version and date, and the original's date and title. */
const translationFields = (meta: ReportMeta, cited: CitedEdition) => ({
  translator: [{ literal: localized(cited.editors, CITATION_LANG) }],
  'container-title': localized(cited.title, CITATION_LANG),
  version: cited.version,
  issued: { 'date-parts': dateParts(cited.date) },
  'original-date': { 'date-parts': dateParts(meta.date) },
  'original-title': meta.title[SOURCE_LANG],
});

/** A BibTeX key: ASCII letters, digits and underscores, from the report's slug, the language, and (for a sentence) its anchor. */
export const bibKey = (slug: string, lang: Lang, anchor?: string) => `${slug.replace(/[^A-Za-z0-9]/gu, '')}${lang.replace(/[^A-Za-z0-9]/gu, '')}${anchor === undefined ? '' : `_${anchorKey(anchor)}`}`;

/**
 * The citations of a report as a page in `lang` cites it. The source-language page cites the
 * government's report; a translation's page cites the edition's translation of it: the government
 * the original's author, the edition's editors its translators, the edition its container. With
 * `pinpoint`, the URL ends in `#XANCHORX`, the key in the anchor and the locator is XLOCATORX
 * (XPAGELOCATORX where GB/T is written in the source language; see tokens.ts); without, they cite the whole report.
 */
export function reportCitations(meta: ReportMeta, cited: CitedEdition, lang: Lang, path: string, pinpoint: boolean): Citations {
  registerStyles();
  // GB/T 7714 is written in the language of the page when the page is in the source language.
  // Chicago, APA and BibTeX are English-language styles (and GB/T on a translation's page): they cite
  // in English, and a title in any other language with its English in brackets.
  const english = (text: LocalizedText) => localized(text, CITATION_LANG);
  const translation = lang !== SOURCE_LANG;
  const id = bibKey(meta.slug, lang) + (pinpoint ? `_${TOKENS.key}` : '');
  const item = (style: 'gbt' | 'english') => {
    const inSource = style === 'gbt' && !translation;
    const pageTitle = localized(meta.title, lang);
    const title = inSource || lang === CITATION_LANG || pageTitle === english(meta.title) ? pageTitle : `${pageTitle} [${english(meta.title)}]`;
    const voice = inSource ? (text: LocalizedText) => text[SOURCE_LANG]! : english;
    // Author and place are optional in the metadata: a citation without them never makes one up.
    const author = meta.author && voice(meta.author);
    const place = meta.place && voice(meta.place);
    const common = {
      id,
      type: 'report',
      title,
      ...(author === undefined ? {} : { author: [{ literal: author }] }),
      // A literal date prints as it is written: the token the page replaces with the reader's access date.
      accessed: { literal: TOKENS.accessed },
      URL: `${TOKENS.origin}${path}${pinpoint ? `#${TOKENS.anchor}` : ''}`,
      language: HTML_LANG[lang],
    };
    return { ...common, ...(translation ? translationFields(meta, cited) : reportFields(meta, author, place)) };
  };
  const gbt = new Cite(item('gbt'));
  const cite = new Cite(item('english'));
  // One citation, alone (nothing cited before or after it): of the whole report, or with `pinpoint` of the place `locator` names.
  const citation = (of: CiteInstance, style: string, locator: string) =>
    of.format('citation', {
      style,
      format: 'text',
      entry: pinpoint ? [{ id, locator, label: 'section' }] : id,
      citationsPre: [],
      citationsPost: [],
    });
  const text = (value: string) => value.trim();
  // BibTeX (biblatex fields: `date`, `translator`, `version`) carries the pinpoint in `note`, and no access date.
  const { accessed: _accessed, ...bibtexItem } = item('english');
  return {
    gbt: text(citation(gbt, 'gbt', translation ? TOKENS.locator : TOKENS.pageLocator)),
    chicagoNote: text(citation(cite, 'chicago', TOKENS.locator)),
    chicagoBibliography: text(cite.format('bibliography', { style: 'chicago', format: 'text' })),
    apaReference: text(cite.format('bibliography', { style: 'apa', format: 'text' })),
    apaInText: text(citation(cite, 'apa', TOKENS.apaLocator)),
    bibtex: text(new Cite({ ...bibtexItem, ...(pinpoint ? { note: TOKENS.locator } : {}) }).format('biblatex', { format: 'text' })),
  };
}

/**
 * CSL-JSON of a report (`dist/data/<slug>.csl.json`): the government's report in the source
 * language, and each translation as the edition's, as reference managers import them.
 */
export function reportCslItems(meta: ReportMeta, cited: CitedEdition, url: (lang: Lang) => string): Record<string, unknown>[] {
  return [SOURCE_LANG, ...TRANSLATION_LANGS].map((lang) => {
    const translation = lang !== SOURCE_LANG;
    const voice = (text: LocalizedText) => (translation ? localized(text, CITATION_LANG) : text[SOURCE_LANG]!);
    const author = meta.author && voice(meta.author);
    const place = meta.place && voice(meta.place);
    return {
      id: bibKey(meta.slug, lang),
      type: 'report',
      title: localized(meta.title, lang),
      ...(author === undefined ? {} : { author: [{ literal: author }] }),
      language: HTML_LANG[lang],
      URL: url(lang),
      ...(translation
        ? { ...translationFields(meta, cited), ...(meta.author === undefined ? {} : { 'original-author': [{ literal: meta.author[SOURCE_LANG]! }] }) }
        : reportFields(meta, author, place)),
    };
  });
}
