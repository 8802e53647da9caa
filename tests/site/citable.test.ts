/**
 * The citable edition in the built site: the About page linked from every page and rendering the
 * changelog; the edition named, versioned and licensed in every footer and on the report pages; the
 * data files beside the JSON (CSV with a BOM, TMX equal to the JSON, CSL-JSON that imports back);
 * and the embedded metadata from which reference managers save what the citations say.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { page, pagePaths, publishedReports } from '../support/dist.ts';
import { useSite } from '../support/site.ts';
import { edition } from '../support/edition.ts';

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-csl');

const pages = pagePaths();
const metaContent = (path: string, name: string) => selectAll(`meta[name="${name}"]`, page(path)).map((m) => String(m.properties.content));
/** The COinS of a page, as Zotero's COinS translator reads it: the span's title as key=value pairs. */
const coins = (path: string) => {
  const spans = selectAll('span.Z3988', page(path));
  expect(spans, path).toHaveLength(1);
  return new URLSearchParams(String(spans[0]!.properties.title).replaceAll('+', '%2B'));
};
const jsonLd = (path: string) => JSON.parse(toString(select('script[type="application/ld+json"]', page(path))!)) as Record<string, unknown>;

describe('the About page', () => {
  it('is linked from every page, in its language', () => {
    expect(pages.length).toBeGreaterThan(300);
    for (const path of pages) {
      const links = selectAll('a', page(path)).map((a) => String(a.properties.href));
      expect(links.some((href) => /^\/(zh|en)\/about\/$/u.test(href)), path).toBe(true);
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: renders every release of the changelog with its changes, and links the data`, () => {
      const tree = page(`/${lang}/about/`);
      for (const release of edition.changelog) {
        const section = select(`section.release[aria-labelledby="release-${release.version.replaceAll(".", "-")}"]`, tree);
        expect(section, release.version).toBeTruthy();
        expect(selectAll('li', section!)).toHaveLength(release.changes.length);
        expect(toString(section!)).toContain(release.summary[lang] ?? release.summary.zh!);
      }
      const hrefs = selectAll('a', tree).map((a) => String(a.properties.href));
      for (const file of ['quzhou-2015.json', 'quzhou-2015.csv', 'quzhou-2015.tmx', 'quzhou-2015.csl.json']) expect(hrefs, file).toContain(`/data/${file}`);
    });
  }
});

describe('the edition in every footer and on the report pages', () => {
  it('names the edition, its version, its editors and its licence in every page’s footer', () => {
    for (const path of pages) {
      const footer = select('footer.site-footer', page(path))!;
      const lang = path.startsWith('/en/') ? 'en' : 'zh';
      const text = toString(footer);
      expect(text, path).toContain(edition.meta.title[lang]);
      expect(text, path).toContain(edition.meta.version);
      expect(text, path).toContain(edition.meta.editors[lang]);
      expect(select('a[rel="license"]', footer)?.properties.href, path).toBe(edition.meta.licence.url);
    }
  });

  it('states on the report page the source, its status, the edition and its downloads; no internal words', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = toString(select('dl.facts', page(`/${lang}/quzhou-2015/`))!);
      expect(text).toContain(edition.meta.sourceStatus[lang]);
      expect(text).toContain(edition.reports[0]!.meta.source!.description![lang]);
      expect(text).toContain(edition.meta.licence.name);
    }
    for (const path of pages) expect(toString(page(path)), path).not.toMatch(/\bseed/iu);
  });
});

describe('the data files', () => {
  const [data] = publishedReports();
  it('publishes the edition block and revised per unit', () => {
    expect(data!.edition).toMatchObject({ version: edition.meta.version, date: edition.meta.date, licence: { name: 'CC BY 4.0' } });
    expect(data!.units.every((u) => typeof u.revised === 'string')).toBe(true);
  });

  it('writes the CSV and every chart CSV with a UTF-8 BOM', () => {
    const bom = (file: string) => readFileSync(file).subarray(0, 3).toString('hex');
    expect(bom('dist/data/quzhou-2015.csv')).toBe('efbbbf');
    for (const chart of edition.charts) expect(bom(`dist/data/charts/${chart.id}.csv`), chart.id).toBe('efbbbf');
  });

  it('writes the TMX with one tu per unit of the JSON', () => {
    const tmx = readFileSync('dist/data/quzhou-2015.tmx', 'utf8');
    const tuids = [...tmx.matchAll(/<tu tuid="([^"]+)">/gu)].map((m) => m[1]);
    expect(tuids).toEqual(data!.units.map((u) => u.id));
  });

  it('writes CSL-JSON that citation-js imports: the report and its translation', () => {
    const items = new Cite(readFileSync('dist/data/quzhou-2015.csl.json', 'utf8')).data as Record<string, unknown>[];
    expect(items.map((i) => i.language)).toEqual(['zh-Hans', 'en']);
    expect(items[1]!.translator).toEqual([{ literal: 'the editors of this edition' }]);
  });
});

describe('embedded metadata', () => {
  it('the English part page: the government as one organisation, a report, its part, its language and place; the editors as translators', () => {
    const path = '/en/quzhou-2015/part-1/';
    const co = coins(path);
    expect(co.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:book');
    expect(co.get('rft.genre')).toBe('report');
    expect(co.get('rft.aucorp')).toBe("Quzhou Municipal People's Government");
    expect(co.getAll('rft.au')).toEqual([]);
    expect(co.get('rft.language')).toBe('en');
    expect(co.get('rft.place')).toBe('Quzhou');
    const heading = toString(select('[id="p1"]', page(path))!);
    expect(co.get('rft.btitle')).toContain(heading.trim().slice(0, 10));
    expect(co.get('rft.btitle')).not.toBe(edition.reports[0]!.meta.title.en);
    expect(metaContent(path, 'DC.type')).toEqual([]);
    expect(metaContent(path, 'DC.contributor')).toEqual(['the editors of this edition']);
    expect(metaContent(path, 'DC.source')).toEqual(['2015年衢州市政府工作报告']);
    const ld = jsonLd(path);
    expect(ld.translator).toEqual({ '@type': 'Organization', name: 'the editors of this edition' });
    expect(ld.author).toEqual({ '@type': 'GovernmentOrganization', name: "Quzhou Municipal People's Government" });
    expect((ld.translationOfWork as Record<string, unknown>).inLanguage).toBe('zh-Hans');
  });

  it('the Chinese report page: the government’s report in Chinese, dated by its delivery', () => {
    const co = coins('/zh/quzhou-2015/');
    expect(co.get('rft.aucorp')).toBe('衢州市人民政府');
    expect(co.get('rft.btitle')).toBe('2015年衢州市政府工作报告');
    expect(co.get('rft.date')).toBe('2015-02-09');
    expect(co.get('rft.language')).toBe('zh-Hans');
    expect(metaContent('/zh/quzhou-2015/', 'citation_language')).toEqual(['zh-Hans']);
  });

  it('a glossary entry: a dated dictionary entry of the edition, by its editors, in its language', () => {
    const entry = edition.glossary.entries[0]!;
    for (const lang of ['zh', 'en'] as const) {
      const co = coins(`/${lang}/glossary/${entry.id}/`);
      expect(co.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:dc');
      expect(co.get('rft.type')).toBe('dictionaryEntry');
      expect(co.get('rft.aucorp')).toBe(edition.meta.editors[lang]);
      expect(co.get('rft.date')).toBe(edition.meta.date);
      expect(co.get('rft.language')).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
      expect(co.get('rft.source')).toContain(edition.meta.title[lang]);
    }
  });
});

describe('the cite panel copies the sentence', () => {
  const site = useSite();
  it('in one language or in all, each with its permalink, each language marked with its lang', async () => {
    const tab = await site.browser.context.newPage();
    await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await tab.goto(`${site.server.origin}/en/quzhou-2015/part-1/`);
    await tab.click('a.cite[href="#p1-1-s2"]');
    const unit = publishedReports()[0]!.units.find((u) => u.id === 'p1-1-s2')!;
    const permalink = `${site.server.origin}/en/quzhou-2015/part-1/#p1-1-s2`;
    expect(await tab.locator('#cite-panel .cite-sentence[lang="zh-Hans"]').textContent()).toBe(unit.zh);
    expect(await tab.locator('#cite-panel .cite-sentence[lang="en"]').textContent()).toBe(unit.en);
    const copied = async (which: string) => {
      await tab.click(`#cite-panel [data-copy="sentence-${which}"]`);
      return tab.evaluate(() => navigator.clipboard.readText());
    };
    expect(await copied('zh-Hans')).toBe(`${unit.zh}\n${permalink}`);
    expect(await copied('en')).toBe(`${unit.en}\n${permalink}`);
    expect(await copied('all')).toBe(`${unit.zh}\n${unit.en}\n${permalink}`);
    await tab.close();
  });
});
