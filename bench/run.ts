/**
 * npm run bench — figures about the built site, never a pass/fail. Prints them and writes
 * bench/results/latest.json. `npm run bench -- --scale K` measures only the scale run for K reports.
 *   build      wall time of `npm run build` (the build entry: site + search index, staged and swapped
 *              into dist/), cold (no caches) and warm, median of 3
 *   weight     one chapter page per language (Part 二) as Chromium loads it before any interaction:
 *              bytes of HTML, CSS, JS and in total (raw and gzip), the number of requests, and the
 *              number of elements (document.getElementsByTagName('*').length)
 *   lighthouse Lighthouse 13 (mobile) on those pages: four category scores, FCP, LCP, TBT, CLS, total byte weight
 *   search     index size (Pagefind + the data files exact search reads), bytes fetched by a first
 *              query, and time from submitting a query to the first result, cold and warm
 *   scale      the same build on K synthetic reports (copies of the seed under new slugs), K = 1, 10, 50
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, chromePath, CHROME_ARGS } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const args = process.argv.slice(2);
const scaleOnly = args.includes('--scale') ? Number(args[args.indexOf('--scale') + 1]) : undefined;
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

async function measureSearch(origin: string) {
  const pagefindBytes = directoryBytes('dist/pagefind');
  const dataBytes = readdirSync('dist/data')
    .filter((f) => f.endsWith('.json') && !f.endsWith('.anchors.json'))
    .reduce((total, f) => total + readFileSync(join('dist/data', f)).length, 0);
  const browser = await launchBrowser();
  const tab = await browser.context.newPage();
  await tab.goto(`${origin}/zh/search/`, { waitUntil: 'load' });
  let fetched = 0;
  tab.on('response', (response) => {
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
  const firstQueryBytes = fetched;
  const warmMs = await timeQuery('河长制');
  await browser.close();
  results.search = { pagefindIndexBytes: pagefindBytes, dataBytes, firstQueryGzipBytes: firstQueryBytes, firstResultColdMs: coldMs, firstResultWarmMs: warmMs };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`search: Pagefind index ${kb(pagefindBytes)}, data ${kb(dataBytes)}; first query fetched ${kb(firstQueryBytes)} gzip; first result ${coldMs} ms cold, ${warmMs} ms warm`);
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

/** Builds a copy of the project whose seeds/ holds K reports: the seed and K − 1 copies of it under new slugs. */
function measureScale(k: number): { reports: number; seconds: number; secondsPerReport: number } {
  const dir = mkdtempSync(join(tmpdir(), `edition-scale-${k}-`));
  for (const entry of ['src', 'scripts', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  const seed = readdirSync('seeds').find((f) => f.endsWith('.txt'))!;
  const meta = readFileSync(join('seeds', seed.replace(/\.txt$/u, '.meta.yaml')), 'utf8');
  const slug = /^slug: (.+)$/mu.exec(meta)![1]!;
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  for (let i = 1; i < k; i++) {
    const copy = `${slug}-copy-${i}`;
    cpSync(join('seeds', seed), join(dir, 'seeds', `${copy}.txt`));
    writeFileSync(join(dir, 'seeds', `${copy}.meta.yaml`), meta.replace(`slug: ${slug}`, `slug: ${copy}`));
    cpSync(join('content', 'translations', slug), join(dir, 'content', 'translations', copy), { recursive: true });
    cpSync(join('content', 'anchors', `${slug}.json`), join(dir, 'content', 'anchors', `${copy}.json`));
  }
  const ms = timedBuild(dir, true);
  rmSync(dir, { recursive: true, force: true });
  const figures = { reports: k, seconds: seconds(ms), secondsPerReport: seconds(ms / k) };
  console.log(`scale K=${k}: ${figures.seconds} s in all, ${figures.secondsPerReport} s per report`);
  return figures;
}

async function main() {
  if (scaleOnly !== undefined) {
    results.scale = [measureScale(scaleOnly)];
  } else {
    measureBuilds();
    const server = await serveStatic('dist');
    const paths = ['/zh/quzhou-2015/part-2/', '/en/quzhou-2015/part-2/'];
    await measureWeight(server.origin, paths);
    await measureLighthouse(server.origin, paths);
    await measureSearch(server.origin);
    await server.close();
    results.scale = [1, 10, 50].map(measureScale);
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('written: bench/results/latest.json');
}

await main();
