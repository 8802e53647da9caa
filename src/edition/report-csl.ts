/**
 * `dist/data/<slug>.csl.json`: the report's CSL-JSON items, as Zotero and citeproc import them: the
 * government's report in the source language, and each translation as the edition's (citations.ts).
 */
import { reportCslItems } from '../citations/citations.ts';
import type { EditionMeta } from '../schemas/edition.ts';
import type { Urls } from '../site/urls.ts';
import type { LoadedReport } from './load-edition.ts';

export function reportCsl(report: LoadedReport, edition: EditionMeta, urls: Urls): string {
  return `${JSON.stringify(reportCslItems(report.meta, edition, (lang) => urls.absolute(urls.report(lang, report.meta.slug))), null, 2)}\n`;
}
