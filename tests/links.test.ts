/**
 * Links, as a crawler follows them: every internal href — page and #anchor — resolves to a
 * file and an element id in dist/, and every anchor of the published data stands on both its pages.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { DIST, page, pagePaths, publishedReports } from './support/dist.ts';

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

const idsOf = (path: string) => new Set(selectAll('[id]', page(path)).map((e) => String(e.properties.id)));

describe('internal links', () => {
  for (const path of pagePaths()) {
    it(`${path}: every href resolves to a file and an id`, () => {
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
    });
  }
});

describe('published anchors', () => {
  for (const report of publishedReports()) {
    it(`${report.report.slug}: every anchor of the data exists on both its pages`, () => {
      const missing: string[] = [];
      for (const unit of report.units) {
        for (const url of Object.values(unit.url)) {
          const target = targetOf(url, '/')!;
          if (!target.pagePath || !idsOf(target.pagePath).has(target.hash)) missing.push(url);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
