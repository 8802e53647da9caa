/**
 * Never destroy a good site (issue #19, items 4 and 5), and build the same site every time, on a copy
 * of the project built for real by the build entry. Its dist/ starts as a copy of the default build's
 * (a complete, link-checked site: every-page.test.ts) and one translation is changed, so that an
 * interrupted build that published anyway would show as a different site:
 *  - a build interrupted while it writes pages (SIGTERM; Ctrl-C's SIGINT too under test:full; a hard
 *    kill) leaves dist/ byte for byte as it was;
 *  - a hard kill's stale lock is taken over by the next build, and a second build started while that
 *    one runs is refused, names its pid, and disturbs nothing;
 *  - determinism: with the translation changed back, that next build — another folder, its caches
 *    cleared — publishes the default build's files byte for byte.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, filesUnder, publishedReports } from '../support/dist.ts';
import { projectCopy, runBuild, startBuild } from '../support/project-copy.ts';
import { FULL } from '../support/full.ts';

const BUILD_MS = 240_000;
const TRANSLATION = 'content/translations/quzhou-2015/en/stretch-1.yaml';
const PUBLISHED = 'reached 112.1 billion yuan';
const CHANGED = 'amounted to 112.1 billion yuan';

/** Files allowed to differ between two builds of the same input, with why. Keep this empty unless there is no other way. */
const NONDETERMINISTIC: Record<string, string> = {};

let dir: string;
let previous: Map<string, string>;
const at = (...path: string[]) => join(dir, ...path);

/** Every file of a folder with the SHA-256 of its bytes, by relative path. */
function digest(folder: string): Map<string, string> {
  return new Map(filesUnder(folder).map((file) => [relative(folder, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

const pagesIn = (folder: string) => (existsSync(folder) ? filesUnder(folder).filter((f) => f.endsWith('.html')).length : 0);

/** Starts a build and waits until the staging folder holds its first pages (and no search index yet): mid-pages. */
async function buildUntilMidPages() {
  const build = startBuild(dir, ['--silent']);
  const staging = at('.dist-staging');
  for (;;) {
    const pages = pagesIn(staging);
    if (pages >= 5) {
      expect(existsSync(join(staging, 'pagefind')), 'the build went past its pages before the test could stop it').toBe(false);
      return { ...build, pages };
    }
    if (build.child.exitCode !== null) throw new Error(`the build ended before writing pages: ${(await build.ended).stderr}`);
    await sleep(25);
  }
}

function replaceTranslation(from: string, to: string) {
  const file = at(TRANSLATION);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

beforeAll(() => {
  dir = projectCopy('safety');
  cpSync(DIST, at('dist'), { recursive: true });
  previous = digest(at('dist'));
  expect(pagesIn(at('dist'))).toBeGreaterThan(300);
  // Every interrupted build below would publish a different site.
  replaceTranslation(PUBLISHED, CHANGED);
});

afterAll(() => {
  // No build may still hold the lock.
  expect(existsSync(at('.build.lock'))).toBe(false);
  rmSync(dir, { recursive: true, force: true });
});

describe('an interrupted build leaves the previous site', () => {
  const signals = FULL ? ([['SIGTERM', 143], ['SIGINT', 130]] as const) : ([['SIGTERM', 143]] as const);
  for (const [signal, code] of signals) {
    it(`${signal} while pages are written: dist/ byte for byte as before, nothing left over`, async () => {
      const build = await buildUntilMidPages();
      build.child.kill(signal);
      const ended = await build.ended;
      expect(ended.status).toBe(code);
      expect(digest(at('dist'))).toEqual(previous);
      expect(existsSync(at('.dist-staging'))).toBe(false);
      expect(existsSync(at('.build.lock'))).toBe(false);
      expect(existsSync(at('.build.lock.json'))).toBe(false);
    }, BUILD_MS);
  }

  it('a hard kill (SIGKILL) cannot clean up, yet dist/ is intact; its lock names its pid', async () => {
    const build = await buildUntilMidPages();
    build.child.kill('SIGKILL');
    expect((await build.ended).signal).toBe('SIGKILL');
    expect(digest(at('dist'))).toEqual(previous);
    // What a hard kill leaves: its half-written staging folder and its lock, naming its pid.
    expect(pagesIn(at('.dist-staging'))).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(at('.build.lock.json'), 'utf8')).pid).toBe(build.child.pid);
  }, BUILD_MS);
});

describe('the next build', () => {
  it('takes over the stale lock, refuses a second build started meanwhile, and publishes the same files as the default build', async () => {
    const killed = JSON.parse(readFileSync(at('.build.lock.json'), 'utf8')).pid as number;
    replaceTranslation(CHANGED, PUBLISHED);
    // A clean build in another folder: no caches from the builds above.
    for (const cache of ['node_modules/.astro', '.astro']) rmSync(at(cache), { recursive: true, force: true });
    const distBefore = statSync(at('dist')).ino;

    // Not silent: it says that it took over the lock.
    const first = startBuild(dir);
    // The build holds the lock once its owner file names it.
    const owner = at('.build.lock.json');
    while (!(existsSync(owner) && readFileSync(owner, 'utf8').includes(`"pid":${first.child.pid}`))) {
      if (first.child.exitCode !== null) throw new Error(`the build ended early: ${(await first.ended).stderr}`);
      await sleep(25);
    }
    const second = runBuild(dir);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`^\\.build\\.lock: another build \\(pid ${first.child.pid}, started \\d\\d:\\d\\d:\\d\\d\\) holds this folder's build lock: [^\\n]+\\n$`, 'u'));
    expect(second.stdout).toBe('');

    const ended = await first.ended;
    expect(ended.stderr).toBe('');
    expect(ended.status).toBe(0);
    expect(ended.stdout).toContain(`took over the build lock of pid ${killed}`);
    expect(readdirSync(dir).filter((name) => name.startsWith('.dist-') || name.startsWith('.build.lock'))).toEqual([]);
    // Published: a new dist/ was swapped in (the old one had the same files, so the bytes cannot tell).
    expect(statSync(at('dist')).ino).not.toBe(distBefore);

    // Determinism: the same files as the default build, byte for byte.
    const list = (folder: string) => filesUnder(folder).map((f) => relative(folder, f)).sort();
    const expected = list(DIST);
    // Every report's downloads are among the files compared (the zipped and XML exports too).
    for (const data of publishedReports()) for (const download of data.downloads) expect(expected).toContain(join('data', download.file));
    expect(list(at('dist'))).toEqual(expected);
    const differing = expected.filter((f) => !(f in NONDETERMINISTIC) && !readFileSync(join(DIST, f)).equals(readFileSync(at('dist', f))));
    expect(differing).toEqual([]);
  }, BUILD_MS);
});
