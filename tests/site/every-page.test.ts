/**
 * Every page, read in-process without a browser (each parsed once): it declares its language;
 * its links, as a crawler follows them, resolve — every internal href, page and #anchor, to a file
 * and an element id in dist/ — and every anchor of the published data stands on both its pages;
 * nothing a browser loads by itself (scripts, styles, images, frames, CSS url()) comes from another
 * host (the browser gates watch the actual requests of each template). html-validate: its own file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DIST, filesUnder, page, pagePaths, publishedReports } from '../support/dist.ts';

const BASE = 'http://edition.invalid';

function targetOf(href: string, from: string): { file: string; pagePath?: string; hash: string } | undefined {
  const url = new URL(href, BASE + from);
  if (url.origin !== BASE) return undefined;
  const path = decodeURIComponent(url.pathname);
  let file = join(DIST, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const isPage = file.endsWith('.html');
  return { file, pagePath: isPage ? path.replace(/index\.html$/u, '') : undefined, hash: decodeURIComponent(url.hash.slice(1)) };
}

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

const ids = new Map<string, Set<string>>();
const idsOf = (path: string) => {
  if (!ids.has(path)) ids.set(path, new Set(selectAll('[id]', page(path)).map((e) => String(e.properties.id))));
  return ids.get(path)!;
};

describe('every page', () => {
  it('declares its language', () => {
    const wrong = pagePaths().filter((path) => select('html', page(path))?.properties.lang !== (path.startsWith('/en/') ? 'en' : 'zh-Hans'));
    expect(wrong).toEqual([]);
  });
});

describe('internal links', () => {
  for (const path of pagePaths()) {
    it(`${path}: every href resolves to a file and an id; nothing is loaded from another host`, () => {
      const broken: string[] = [];
      for (const element of selectAll('a[href], link[href]', page(path))) {
        const href = String(element.properties.href);
        const target = targetOf(href, path);
        if (!target) continue;
        if (!existsSync(target.file)) {
          broken.push(`${href} (no file)`);
          continue;
        }
        if (target.hash && target.pagePath !== undefined && !idsOf(target.pagePath).has(target.hash)) broken.push(`${href} (no id ${target.hash})`);
      }
      expect(broken).toEqual([]);
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
      const missing: string[] = [];
      for (const unit of report.units) {
        for (const url of [unit.url.zh, unit.url.en]) {
          const target = targetOf(url, '/')!;
          if (!target.pagePath || !idsOf(target.pagePath).has(target.hash)) missing.push(url);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
