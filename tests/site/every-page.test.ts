/**
 * Every page, read in-process without a browser (each parsed once): it declares its language;
 * its links, as a crawler follows them, resolve — every internal href, page and #anchor, to a file
 * and an element id in dist/ — and every anchor of the published data stands on both its pages;
 * nothing a browser loads by itself (scripts, styles, images, frames, CSS url()) comes from another
 * host (the browser gates watch the actual requests of each template). html-validate: its own file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DIST, filesUnder, page, pagePaths, publishedReports } from '../support/dist.ts';
import { brokenLinksOf, missingAnchorsOf } from '../support/link-check.ts';

const BASE = 'http://edition.invalid';

/** Elements whose URL a browser loads without a click (canonical and alternate links are only names). */
const LOADED = [
  'script[src]', 'img[src]', 'img[srcset]', 'source[src]', 'source[srcset]', 'iframe[src]', 'audio[src]', 'video[src]', 'video[poster]',
  'track[src]', 'embed[src]', 'object[data]', 'input[src]', 'link[href]:not([rel~=canonical]):not([rel~=alternate])',
].join(', ');
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/gu;

/** The URLs a page makes the browser load from another host. */
function outsideResources(path: string): string[] {
  const tree = page(path);
  const urls = selectAll(LOADED, tree).flatMap((element) => {
    const { src, srcSet, href, data, poster } = element.properties;
    return [src, href, data, poster, ...String(srcSet ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/u)[0])].filter((url) => url !== undefined && url !== '');
  });
  const styles = [...selectAll('style', tree).map((element) => toString(element)), ...selectAll('[style]', tree).map((element) => String(element.properties.style))];
  for (const css of styles) for (const [, , url] of css.matchAll(CSS_URL)) urls.push(url);
  return urls.map(String).filter((url) => !url.startsWith('data:') && new URL(url, BASE + path).origin !== BASE);
}

describe('every page', () => {
  it('declares its language', () => {
    const wrong = pagePaths().filter((path) => select('html', page(path))?.properties.lang !== (path.startsWith('/en/') ? 'en' : 'zh-Hans'));
    expect(wrong).toEqual([]);
  });
});

describe('internal links', () => {
  for (const path of pagePaths()) {
    it(`${path}: every href resolves to a file and an id; nothing is loaded from another host`, () => {
      expect(brokenLinksOf(path)).toEqual([]);
      expect(outsideResources(path)).toEqual([]);
    });
  }
});

describe('stylesheets', () => {
  it('load nothing from another host (@import, url())', () => {
    const outside = filesUnder(DIST)
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/@import\s+(['"])([^'"]+)\1|url\(\s*(['"]?)([^'")]+)\3\s*\)/gu)].map((m) => ({ file, url: m[2] ?? m[4]! })))
      .filter(({ url }) => !url.startsWith('data:') && new URL(url, `${BASE}/_astro/`).origin !== BASE);
    expect(outside).toEqual([]);
  });
});

describe('published anchors', () => {
  for (const report of publishedReports()) {
    it(`${report.report.slug}: every anchor of the data exists on both its pages`, () => {
      expect(missingAnchorsOf(report)).toEqual([]);
    });
  }
});
