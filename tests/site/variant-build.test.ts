/**
 * The variant build (tests/support/variant-copy.ts, built once by the global setup) differs from the
 * default build in ways that do not touch each other; this file checks two of them:
 *  - it is served from a sub-path of a public host (EDITION_BASE, EDITION_SITE): every internal
 *    link carries the base and resolves; canonical URLs, sitemap and data are absolute;
 *  - one sentence is left untranslated: the English pages show it in Chinese, marked pending, and
 *    the build log counts it, as an independent count of the seed and the translation files says.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import YAML from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { filesUnder } from '../support/dist.ts';
import { TRANSLATIONS } from '../support/edition-copy.ts';
import { BASE, SITE, SLUG, UNTRANSLATED } from '../support/variant-copy.ts';
import { parseSeed } from '../../src/pipeline/parse-seed.ts';
import { unitsInReadingOrder, type UnitKind } from '../../src/pipeline/report-tree.ts';

const SEED = 'seeds/quzhou-2015-government-work-report.txt';
const { dir: project, output: log } = inject('variant');
const out = join(project, 'dist');

const pageOf = (path: string) => fromHtml(readFileSync(join(out, path, 'index.html'), 'utf8'));

describe('served from a sub-path', () => {
  it('every internal href and src carries the base and resolves to a file and an id', () => {
    const pages = new Map(filesUnder(out).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).map((f) => [f, fromHtml(readFileSync(f, 'utf8'))]));
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set(selectAll('[id]', pages.get(file)!).map((e) => String(e.properties.id))));
      return ids.get(file)!;
    };
    for (const [file, tree] of pages) {
      const from = `/${relative(out, file)}`;
      for (const element of selectAll('a[href], link[href], script[src]', tree)) {
        const value = String(element.properties.href ?? element.properties.src);
        const url = new URL(value, `${SITE}${BASE}${from.slice(1)}`);
        if (url.origin !== SITE) continue;
        if (!url.pathname.startsWith(BASE)) {
          broken.push(`${from}: ${value} (outside the base)`);
          continue;
        }
        let target = join(out, decodeURIComponent(url.pathname.slice(BASE.length)));
        if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
        if (!existsSync(target)) broken.push(`${from}: ${value} (no file)`);
        else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from}: ${value} (no id)`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]); // the first twenty, if any
  });

  it('publishes canonical URLs, hreflang alternates, a sitemap, and absolute URLs in the data', () => {
    const chapter = readFileSync(join(out, 'en/quzhou-2015/part-1/index.html'), 'utf8');
    expect(chapter).toContain(`<link rel="canonical" href="${SITE}${BASE}en/quzhou-2015/part-1/">`);
    expect(chapter).toContain(`<link rel="alternate" hreflang="en" href="${SITE}${BASE}en/quzhou-2015/part-1/">`);
    expect(chapter).toContain(`<link rel="alternate" hreflang="zh-Hans" href="${SITE}${BASE}zh/quzhou-2015/part-1/">`);
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true);
    const data = JSON.parse(readFileSync(join(out, 'data/quzhou-2015.json'), 'utf8'));
    expect(data.units[0].url.zh).toBe(`${SITE}${BASE}zh/quzhou-2015/part-1/#front-1`);
  });
});

describe('an untranslated sentence', () => {
  const chinese = unitsInReadingOrder(parseSeed(readFileSync(SEED, 'utf8'))).find((u) => u.id === UNTRANSLATED)!.zh;

  it('stands on the English pages in Chinese, marked pending, in the reading and the parallel view', () => {
    for (const path of ['en/quzhou-2015/part-1', 'en/quzhou-2015/part-1/parallel']) {
      const element = select(`[id="${UNTRANSLATED}"]`, pageOf(path));
      expect(element, path).toBeDefined();
      expect(element!.properties.lang, path).toBe('zh-Hans');
      expect(element!.properties.className, path).toContain('pending');
      expect(toString(element!), path).toBe(chinese);
    }
  });

  it('is not pending on the Chinese page, and is null in the English of the published data', () => {
    const element = select(`[id="${UNTRANSLATED}"]`, pageOf('zh/quzhou-2015/part-1'))!;
    expect(element.properties.className).not.toContain('pending');
    expect(toString(element)).toBe(chinese);
    const data = JSON.parse(readFileSync(join(out, 'data/quzhou-2015.json'), 'utf8'));
    expect(data.units.find((u: { id: string }) => u.id === UNTRANSLATED).en).toBeNull();
  });

  it('is counted in the build log, as the seed and the translation files count it', () => {
    const units = unitsInReadingOrder(parseSeed(readFileSync(join(project, SEED), 'utf8')));
    const dir = join(project, TRANSLATIONS);
    const translated = new Set(readdirSync(dir).flatMap((f) => Object.keys(YAML.parse(readFileSync(join(dir, f), 'utf8')) ?? {})));
    const count = (kinds: UnitKind[]) => {
      const of = units.filter((u) => kinds.includes(u.kind));
      return [of.filter((u) => translated.has(u.id)).length, of.length] as const;
    };
    const [sentences, totalSentences] = count(['sentence']);
    const [headings, totalHeadings] = count(['front', 'part-heading', 'section-heading']);
    // The count sees the removed translation, so the log cannot pass by printing the total twice.
    expect(sentences).toBe(totalSentences - 1);
    expect(log).toContain(`${SLUG} (en): translated ${sentences} of ${totalSentences} sentences (and ${headings} of ${totalHeadings} headings and title lines)`);
  });
});
