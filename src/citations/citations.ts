/**
 * The citations of a report (or of one sentence of it, through tokens) in the formats
 * researchers use: GB/T 7714-2015, Chicago notes and bibliography, APA 7, BibTeX — made from
 * CSL styles by citation-js, never concatenated by hand. APA comes with citation-js; the
 * GB/T and Chicago styles (styles/*.csl) are written for the one item type cited here.
 */
import { createRequire } from 'node:module';
import gbtStyle from './styles/gb-t-7714-2015.csl?raw';
import chicagoStyle from './styles/chicago-notes-bibliography.csl?raw';
import { HTML_LANG, SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import { localized } from '../i18n/localize.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import type { ReportMeta } from '../schemas/report-meta.ts';
import { TOKENS } from './tokens.ts';
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
  // BibTeX with the Chinese as written (biber and modern BibTeX read UTF-8), and a stable key: the report's slug.
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

/**
 * The citations of a report as a page in `lang` cites it. With `pinpoint`, the URL ends in
 * `#XANCHORX` and the locator is XLOCATORX (see tokens.ts); without, they cite the whole report.
 */
export function reportCitations(meta: ReportMeta, lang: Lang, path: string, pinpoint: boolean): Citations {
  registerStyles();
  const [year, month, day] = meta.date.split('-').map(Number);
  // GB/T 7714 is written in the language of the page when the page is in the source language.
  // Chicago, APA and BibTeX are English-language styles (and GB/T on a translation's page): they cite
  // in English, and a title in any other language with its English in brackets.
  const english = (text: LocalizedText) => localized(text, CITATION_LANG);
  const item = (style: 'gbt' | 'english') => {
    const inSource = style === 'gbt' && lang === SOURCE_LANG;
    const pageTitle = localized(meta.title, lang);
    const title = inSource || lang === CITATION_LANG || pageTitle === english(meta.title) ? pageTitle : `${pageTitle} [${english(meta.title)}]`;
    const voice = inSource ? (text: LocalizedText) => text[SOURCE_LANG]! : english;
    // Author and place are optional in the metadata: a citation without them never makes one up.
    const author = meta.author && voice(meta.author);
    const place = meta.place && voice(meta.place);
    return {
      id: meta.slug,
      type: 'report',
      title,
      ...(author === undefined ? {} : { author: [{ literal: author }], publisher: author }),
      ...(place === undefined ? {} : { 'publisher-place': place }),
      issued: { 'date-parts': [[year, month, day]] },
      // A literal date prints as it is written: the token the page replaces with the reader's access date.
      accessed: { literal: TOKENS.accessed },
      URL: `${TOKENS.origin}${path}${pinpoint ? `#${TOKENS.anchor}` : ''}`,
      language: HTML_LANG[lang],
    };
  };
  const gbt = new Cite(item('gbt'));
  const cite = new Cite(item('english'));
  // One citation, alone (nothing cited before or after it): of the whole report, or with `pinpoint` of the place `locator` names.
  const citation = (of: CiteInstance, style: string, locator: string) =>
    of.format('citation', {
      style,
      format: 'text',
      entry: pinpoint ? [{ id: meta.slug, locator, label: 'section' }] : meta.slug,
      citationsPre: [],
      citationsPost: [],
    });
  const text = (value: string) => value.trim();
  // BibTeX carries the pinpoint in `note`, and no access date (BibTeX has no field for it).
  const { accessed: _accessed, ...bibtexItem } = item('english');
  return {
    gbt: text(citation(gbt, 'gbt', TOKENS.locator)),
    chicagoNote: text(citation(cite, 'chicago', TOKENS.locator)),
    chicagoBibliography: text(cite.format('bibliography', { style: 'chicago', format: 'text' })),
    apaReference: text(cite.format('bibliography', { style: 'apa', format: 'text' })),
    apaInText: text(citation(cite, 'apa', TOKENS.apaLocator)),
    bibtex: text(new Cite({ ...bibtexItem, ...(pinpoint ? { note: TOKENS.locator } : {}) }).format('bibtex', { format: 'text' })),
  };
}
