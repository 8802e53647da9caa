/**
 * Every data file of REPORT_DOWNLOADS in the built site: written into dist/data/ for every report, linked with its
 * media type from the report's title page and the About page in every language, and listed in the published data's
 * `downloads`. And the TEI as the build wrote it: well-formed, its sentences those of the published data.
 */
import { readFileSync, statSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { REPORT_DOWNLOADS } from '../../src/edition/report-downloads.ts';
import { LANGS, TRANSLATION_LANGS } from '../../src/i18n/langs.ts';
import { page, publishedReports } from '../support/dist.ts';

const reports = publishedReports();

describe('the report downloads', () => {
  it('are written, linked from the report and About pages, and listed in the published data', () => {
    expect(reports.length).toBeGreaterThan(0);
    expect(REPORT_DOWNLOADS.map((d) => d.file('x'))).toContain('x.tei.xml');
    for (const data of reports) {
      const { slug } = data.report;
      const expected = REPORT_DOWNLOADS.map((d) => ({ path: `/data/${d.file(slug)}`, type: d.type }));
      for (const { path } of expected) expect(statSync(`dist${path}`).size, path).toBeGreaterThan(1000);
      expect(data.downloads.map((d) => ({ path: new URL(d.url, 'http://x').pathname, type: d.type }))).toEqual(expected);
      expect(data.downloads.map((d) => `/data/${d.file}`)).toEqual(expected.map((d) => d.path));
      for (const lang of LANGS) {
        for (const url of [`/${lang}/${slug}/`, `/${lang}/about/`]) {
          const links = selectAll('ul.downloads a', page(url)).map((a) => ({ path: String(a.properties.href), type: String(a.properties.type) }));
          for (const download of expected) expect(links, url).toContainEqual(download);
        }
      }
    }
  });

  it('the TEI is well-formed, with an <s> per unit of the published data in each language', () => {
    for (const data of reports) {
      const ids: string[] = [];
      const parser = new SaxesParser({ xmlns: true });
      parser.on('error', (error) => {
        throw error;
      });
      parser.on('opentag', (tag) => {
        if (tag.local === 's') ids.push(tag.attributes['xml:id']!.value);
      });
      parser.write(readFileSync(`dist/data/${data.report.slug}.tei.xml`, 'utf8')).close();
      expect(ids).toEqual([...data.units.map((u) => u.id), ...TRANSLATION_LANGS.flatMap((lang) => data.units.map((u) => `${u.id}-${lang}`))]);
    }
  });
});
