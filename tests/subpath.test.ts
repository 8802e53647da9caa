/**
 * The edition served from a sub-path of a public host (EDITION_BASE, EDITION_SITE): every
 * internal link carries the base and resolves; canonical URLs, sitemap and data are absolute.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { buildEnv, filesUnder } from './support/dist.ts';

const BASE = '/edition/quzhou/';
const SITE = 'https://reports.example.org';
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'edition-subpath-'));
  execFileSync('npx', ['astro', 'build', '--silent', '--outDir', out], { stdio: 'inherit', env: buildEnv({ EDITION_BASE: BASE, EDITION_SITE: SITE }) });
}, 180_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  // The sub-path build rewrote the generated chapters for its base: put back the ones of the default build.
  execFileSync('npx', ['astro', 'build', '--silent'], { stdio: 'inherit', env: buildEnv() });
}, 180_000);

describe('served from a sub-path', () => {
  it('every internal href and src carries the base and resolves to a file and an id', () => {
    const pages = filesUnder(out).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set(selectAll('[id]', fromHtml(readFileSync(file, 'utf8'))).map((e) => String(e.properties.id))));
      return ids.get(file)!;
    };
    for (const file of pages) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
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
