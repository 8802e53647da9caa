/**
 * Links, as a crawler follows them, in a built site (dist/ by default, or a project copy's):
 * every internal href — page and #anchor — resolves to a file and an element id, and every
 * anchor of the published data stands on both its pages. Used by every-page.test.ts and by the
 * tests that check a site survived an interrupted build.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { DIST, page, pagePaths, publishedReports, type PublishedReport } from './dist.ts';

const BASE = 'http://edition.invalid';

function targetOf(href: string, from: string, dist: string): { file: string; pagePath?: string; hash: string } | undefined {
  const url = new URL(href, BASE + from);
  if (url.origin !== BASE) return undefined;
  const path = decodeURIComponent(url.pathname);
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const isPage = file.endsWith('.html');
  return { file, pagePath: isPage ? path.replace(/index\.html$/u, '') : undefined, hash: decodeURIComponent(url.hash.slice(1)) };
}

const ids = new Map<string, Set<string>>();
/** The element ids of a page, read once per page (every chapter is the target of hundreds of links). */
function idsOf(path: string, dist: string): Set<string> {
  const key = `${dist}:${path}`;
  if (!ids.has(key)) ids.set(key, new Set(selectAll('[id]', page(path, dist)).map((e) => String(e.properties.id))));
  return ids.get(key)!;
}

/** The internal links of one page that lead nowhere, each with the reason. */
export function brokenLinksOf(path: string, dist = DIST): string[] {
  const broken: string[] = [];
  for (const element of selectAll('a[href], link[href]', page(path, dist))) {
    const href = String(element.properties.href);
    const target = targetOf(href, path, dist);
    if (!target) continue;
    if (!existsSync(target.file)) {
      broken.push(`${href} (no file)`);
      continue;
    }
    if (target.hash && target.pagePath !== undefined && !idsOf(target.pagePath, dist).has(target.hash)) broken.push(`${href} (no id ${target.hash})`);
  }
  return broken;
}

/** The URLs of a report's published data whose page or anchor does not exist. */
export function missingAnchorsOf(report: PublishedReport, dist = DIST): string[] {
  const missing: string[] = [];
  for (const unit of report.units) {
    for (const url of Object.values(unit.url)) {
      const target = targetOf(url, '/', dist)!;
      if (!target.pagePath || !idsOf(target.pagePath, dist).has(target.hash)) missing.push(url);
    }
  }
  return missing;
}

/** The whole check on a site: every page's broken links and every report's missing anchors, with where. */
export function linkProblems(dist = DIST): string[] {
  const pages = pagePaths(dist);
  if (pages.length === 0) return [`${dist}: no pages`];
  return [
    ...pages.flatMap((path) => brokenLinksOf(path, dist).map((problem) => `${path}: ${problem}`)),
    ...publishedReports(dist).flatMap((report) => missingAnchorsOf(report, dist).map((url) => `${report.report.slug}: ${url}`)),
  ];
}
