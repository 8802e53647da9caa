/**
 * npm run bench — figures about the built site, never a pass/fail. Prints them and writes
 * bench/results/<date>.json and bench/results/latest.json. `npm run bench -- --scale 1,10` measures
 * only the scale runs for those numbers of reports.
 *   build      wall time of `npm run build` (the build entry: site + search index, staged and swapped
 *              into dist/), cold (no caches) and warm, median of 3
 *   weight     one chapter page per language (Part 二) as Chromium loads it before any interaction:
 *              bytes of HTML, CSS, JS and in total (raw and gzip), the number of requests, and the
 *              number of elements (document.getElementsByTagName('*').length)
 *   lighthouse Lighthouse 13 (mobile) on those pages: four category scores, FCP, LCP, TBT, CLS, total byte weight
 *   search     index sizes (Pagefind's, the exact-search index), the traditional→simplified chunk (gzip),
 *              bytes (gzip) and requests of a first query, and time from submitting a query to the
 *              first result, cold and warm; the same with the exact-search index of 30 reports
 *   scale      the whole build on K reports, K = 1, 10, 30, 100 (bench/scale.ts): the seed and K − 1 copies
 *              of its text added as `npm run report:add` adds a report (text and drafted metadata only);
 *              wall time (with the load average: other work on the machine stretches it), CPU time
 *              (user + system of every process), peak memory of the whole process tree (the sum of its
 *              processes' PSS), peak RSS of its largest process and of each command (node,
 *              pagefind_extend), all sampled from /proc; and per added report, the growth of each from the previous K
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, chromePath, CHROME_ARGS } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import type { PublishedReport } from '../src/edition/published-data.ts';
import { exactSearchFiles, type SearchableEntry } from '../src/edition/exact-search-files.ts';
import { makeUrls } from '../src/site/urls.ts';
import { LANGUAGES, SOURCE_LANG } from '../src/i18n/langs.ts';
import { measureBuild, scaleProject, type BuildFigures } from './scale.ts';

const args = process.argv.slice(2);
const SCALE_REPORTS = [1, 10, 30, 100];
const scaleOnly = args.includes('--scale') ? (args[args.indexOf('--scale') + 1] ?? '').split(',').map(Number) : undefined;
if (scaleOnly?.some((k) => !Number.isInteger(k) || k < 1)) throw new Error('usage: npm run bench -- --scale K[,K…] (numbers of reports, each at least 1)');
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => Math.round(ms) / 1000;

function timedBuild(cwd: string, clean: boolean): number {
  if (clean) for (const dir of ['dist', '.astro', 'node_modules/.astro', '.generated']) rmSync(join(cwd, dir), { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--silent'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`build failed in ${cwd}`);
  return performance.now() - start;
}

function measureBuilds() {
  const cold = [0, 1, 2].map(() => timedBuild('.', true));
  const warm = [0, 1, 2].map(() => timedBuild('.', false));
  results.build = { coldSeconds: seconds(median(cold)), warmSeconds: seconds(median(warm)), runs: { cold: cold.map(seconds), warm: warm.map(seconds) } };
  console.log(`build: cold ${seconds(median(cold))} s, warm ${seconds(median(warm))} s (median of 3)`);
}

async function measureWeight(origin: string, paths: string[]) {
  const browser = await launchBrowser({ viewport: { width: 412, height: 823 } });
  const weights: Record<string, unknown> = {};
  for (const path of paths) {
    const tab = await browser.context.newPage();
    const responses: { type: string; raw: number; gzip: number; url: string }[] = [];
    const pending: Promise<void>[] = [];
    tab.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            const type = response.request().resourceType();
            responses.push({ url: response.url(), type, raw: body.length, gzip: gzipSync(body).length });
          },
          () => undefined,
        ),
      );
    });
    await tab.goto(origin + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const elements = await tab.evaluate(() => document.getElementsByTagName('*').length);
    const sum = (types: string[] | null, key: 'raw' | 'gzip') =>
      responses.filter((r) => types === null || types.includes(r.type)).reduce((total, r) => total + r[key], 0);
    const kinds = { html: ['document'], css: ['stylesheet'], js: ['script'], fonts: ['font'] };
    const figures = Object.fromEntries(
      Object.entries(kinds).map(([kind, types]) => [kind, { raw: sum(types, 'raw'), gzip: sum(types, 'gzip') }]),
    );
    weights[path] = { ...figures, total: { raw: sum(null, 'raw'), gzip: sum(null, 'gzip') }, requests: responses.length, elements };
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `weight ${path}: HTML ${kb(figures.html!.gzip)}, CSS ${kb(figures.css!.gzip)}, JS ${kb(figures.js!.gzip)}, fonts ${kb(figures.fonts!.gzip)}, total ${kb(sum(null, 'gzip'))} gzip (${kb(sum(null, 'raw'))} raw), ${responses.length} requests, ${elements} elements`,
    );
    await tab.close();
  }
  await browser.close();
  results.weight = weights;
}

function directoryBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    return total + (entry.isDirectory() ? directoryBytes(path) : readFileSync(path).length);
  }, 0);
}

/** A first query (五水共治 on /zh/search/) in Chromium: bytes (gzip) and requests up to network idle, time to the first result; then a warm one. */
async function timeFirstQuery(origin: string) {
  const browser = await launchBrowser();
  const tab = await browser.context.newPage();
  await tab.goto(`${origin}/zh/search/`, { waitUntil: 'load' });
  let fetched = 0;
  let requests = 0;
  tab.on('response', (response) => {
    requests += 1;
    void response.body().then((body) => (fetched += gzipSync(body).length), () => undefined);
  });
  const timeQuery = async (query: string) => {
    const start = performance.now();
    await tab.fill('#search-q', query);
    await tab.press('#search-q', 'Enter');
    await tab.waitForFunction((q) => (document.getElementById('search-status')?.textContent ?? '').includes(q) && document.querySelector('.search-exact'), query);
    return Math.round(performance.now() - start);
  };
  const coldMs = await timeQuery('五水共治');
  await tab.waitForLoadState('networkidle');
  const figures = { firstQueryGzipBytes: fetched, firstQueryRequests: requests, firstResultColdMs: coldMs, firstResultWarmMs: 0 };
  figures.firstResultWarmMs = await timeQuery('河长制');
  await browser.close();
  return figures;
}

async function measureSearch(origin: string) {
  const pagefindBytes = directoryBytes('dist/pagefind');
  const exactIndexBytes = directoryBytes('dist/exact-search');
  const converter = readdirSync('dist/_astro').find((f) => f.startsWith('traditional-chinese.'));
  const converterGzipBytes = converter ? gzipSync(readFileSync(join('dist/_astro', converter))).length : null;
  const first = await timeFirstQuery(origin);
  const atScale = await measureSearchAtScale(SEARCH_SCALE);
  results.search = { pagefindIndexBytes: pagefindBytes, exactIndexBytes, converterGzipBytes, ...first, [`reports${SEARCH_SCALE}`]: atScale };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `search: Pagefind index ${kb(pagefindBytes)}, exact-search index ${kb(exactIndexBytes)}, traditional→simplified chunk ${converterGzipBytes === null ? '—' : kb(converterGzipBytes)} gzip; first query fetched ${kb(first.firstQueryGzipBytes)} gzip in ${first.firstQueryRequests} requests; first result ${first.firstResultColdMs} ms cold, ${first.firstResultWarmMs} ms warm`,
  );
  console.log(
    `search, ${SEARCH_SCALE} reports: exact-search index ${kb(atScale.exactIndexBytes)}; first query fetched ${kb(atScale.firstQueryGzipBytes)} gzip in ${atScale.firstQueryRequests} requests; first result ${atScale.firstResultColdMs} ms cold, ${atScale.firstResultWarmMs} ms warm`,
  );
}

/** Search with K reports: the built site with its exact-search index rewritten for K copies of the report (the pages are not rebuilt: a query reads only the index). */
const SEARCH_SCALE = 30;
async function measureSearchAtScale(k: number) {
  // From the published data: the edition itself is loaded through Vite (its strings), which this script is not.
  const urls = makeUrls('/');
  const report = JSON.parse(readFileSync(join('dist/data', readdirSync('dist/data').find((f) => /^[^.]+\.json$/u.test(f) && f !== 'glossary.json')!), 'utf8')) as PublishedReport;
  const glossary = (JSON.parse(readFileSync('dist/data/glossary.json', 'utf8')) as { entries: SearchableEntry[] }).entries;
  const copies = Array.from({ length: k }, (_, i) => (i === 0 ? report : { ...report, report: { ...report.report, slug: `${report.report.slug}-copy-${i}` } }));
  const dir = mkdtempSync(join(tmpdir(), `edition-search-${k}-`));
  cpSync('dist', dir, { recursive: true });
  rmSync(join(dir, 'exact-search'), { recursive: true, force: true });
  for (const [path, text] of exactSearchFiles(copies, glossary, LANGUAGES.map((l) => ({ code: l.code, source: l.code === SOURCE_LANG })), urls)) {
    mkdirSync(dirname(join(dir, 'exact-search', path)), { recursive: true });
    writeFileSync(join(dir, 'exact-search', path), text);
  }
  const server = await serveStatic(dir);
  const figures = { exactIndexBytes: directoryBytes(join(dir, 'exact-search')), ...(await timeFirstQuery(server.origin)) };
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

/** Runs a command without blocking this process, which is also the web server the command talks to. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', resolve);
  });
}

async function measureLighthouse(origin: string, paths: string[]) {
  const scores: Record<string, unknown> = {};
  for (const path of paths) {
    const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
    const status = await run(
      'npx',
      ['lighthouse', origin + path, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`],
      { ...process.env, CHROME_PATH: chromePath() },
    );
    if (status !== 0) {
      console.log(`lighthouse ${path}: failed (exit ${status})`);
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const category = (id: string) => Math.round(report.categories[id].score * 100);
    const audit = (id: string) => report.audits[id].numericValue as number;
    const figures = {
      performance: category('performance'),
      accessibility: category('accessibility'),
      bestPractices: category('best-practices'),
      seo: category('seo'),
      fcpMs: Math.round(audit('first-contentful-paint')),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: audit('cumulative-layout-shift'),
      totalByteWeight: audit('total-byte-weight'),
    };
    scores[path] = figures;
    console.log(
      `lighthouse ${path}: ${figures.performance}/${figures.accessibility}/${figures.bestPractices}/${figures.seo}, FCP ${figures.fcpMs} ms, LCP ${figures.lcpMs} ms, TBT ${figures.tbtMs} ms, CLS ${figures.cls}, ${(figures.totalByteWeight / 1024).toFixed(1)} KB`,
    );
  }
  results.lighthouse = scores;
}

interface ScaleRow extends BuildFigures {
  reports: number;
  pages: number;
  /** Growth per report added since the previous row: wall and CPU seconds, MiB of each peak. */
  perAddedReport?: { wallSeconds: number; cpuSeconds: number; peakTreeRssMiB: number; peakProcessRssMiB: number };
}

/** The scale table: one clean build per K, each in a project copy of its own, removed afterwards. */
async function measureScale(ks: number[]): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const k of ks) {
    const dir = scaleProject(k);
    try {
      const figures = await measureBuild(dir);
      const pages = countPages(join(dir, 'dist'));
      const previous = rows.at(-1);
      const per = (key: 'wallSeconds' | 'cpuSeconds' | 'peakTreeRssMiB' | 'peakProcessRssMiB') => Math.round(((figures[key] - previous![key]) / (k - previous!.reports)) * 100) / 100;
      const row: ScaleRow = {
        reports: k,
        pages,
        ...figures,
        ...(previous && k > previous.reports
          ? { perAddedReport: { wallSeconds: per('wallSeconds'), cpuSeconds: per('cpuSeconds'), peakTreeRssMiB: per('peakTreeRssMiB'), peakProcessRssMiB: per('peakProcessRssMiB') } }
          : {}),
      };
      rows.push(row);
      const growth = row.perAddedReport
        ? `; per added report ${row.perAddedReport.wallSeconds} s wall, ${row.perAddedReport.cpuSeconds} s CPU, ${row.perAddedReport.peakTreeRssMiB} MiB (tree)`
        : '';
      console.log(
        `scale K=${k} (${pages} pages): ${figures.wallSeconds} s wall (load ${figures.loadAverage.map((l) => l.toFixed(1)).join('→')}), ${figures.cpuSeconds} s CPU, peak memory ${figures.peakTreeRssMiB} MiB (process tree, PSS); peak RSS ${figures.peakProcessRssMiB} MiB (largest process; ${Object.entries(figures.peakRssByCommandMiB).map(([c, m]) => `${c} ${m}`).join(', ')})${growth}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, entry) => n + (entry.isDirectory() ? (entry.name === 'pagefind' ? 0 : countPages(join(dir, entry.name))) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

async function main() {
  if (scaleOnly !== undefined) {
    results.scale = await measureScale(scaleOnly);
  } else {
    measureBuilds();
    const server = await serveStatic('dist');
    const paths = ['/zh/quzhou-2015/part-2/', '/en/quzhou-2015/part-2/'];
    await measureWeight(server.origin, paths);
    await measureLighthouse(server.origin, paths);
    await measureSearch(server.origin);
    await server.close();
    results.scale = await measureScale(SCALE_REPORTS);
  }
  mkdirSync('bench/results', { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const dated = `bench/results/${(results.date as string).replace(/:/gu, '-').replace(/\.\d+Z$/u, 'Z')}.json`;
  writeFileSync(dated, json);
  writeFileSync('bench/results/latest.json', json);
  console.log(`written: ${dated}, bench/results/latest.json`);
}

await main();
