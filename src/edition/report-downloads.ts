/** The data files written for each report into dist/data/ (one module each: published-data, csv, tmx, tei, csl-json, epub), as pages link them. */
import type { MessageKey } from '../i18n/messages.ts';

export interface ReportDownload {
  file: (slug: string) => string;
  type: string;
  label: MessageKey;
}

export const REPORT_DOWNLOADS: readonly ReportDownload[] = [
  { file: (slug) => `${slug}.json`, type: 'application/json', label: 'downloadData' },
  { file: (slug) => `${slug}.csv`, type: 'text/csv', label: 'downloadCsv' },
  { file: (slug) => `${slug}.tmx`, type: 'application/x-tmx+xml', label: 'downloadTmx' },
  { file: (slug) => `${slug}.tei.xml`, type: 'application/tei+xml', label: 'downloadTei' },
  { file: (slug) => `${slug}.csl.json`, type: 'application/vnd.citationstyles.csl+json', label: 'downloadCsl' },
  { file: (slug) => `${slug}.epub`, type: 'application/epub+zip', label: 'downloadEpub' },
];

/** A chapter's pinyin for the learner mode (edition/chapter-pinyin.ts), fetched by the page when the mode is switched on; not a download. */
export const pinyinFile = (slug: string, chapter: string) => `pinyin/${slug}/${chapter}.json`;
