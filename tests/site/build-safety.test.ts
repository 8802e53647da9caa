/**
 * Never destroy a good site (issue #19, items 4 and 5), on a copy of the project built for real
 * by the build entry: a build interrupted while it writes pages (Ctrl-C, SIGTERM, a hard kill)
 * leaves dist/ byte for byte as the previous complete site, which still passes the link check;
 * a hard kill's stale lock is taken over by the next build; a second build started while one
 * runs is refused, names the first one's pid, and disturbs nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../support/dist.ts';
import { linkProblems } from '../support/link-check.ts';
import { projectCopy, runBuild, startBuild } from '../support/project-copy.ts';

const BUILD_MS = 240_000;
const TRANSLATION = 'content/translations/quzhou-2015/en/stretch-1.yaml';

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

/** A change the next build publishes, so that the previous site and a new one differ. */
function changeTranslation(from: string, to: string) {
  const file = at(TRANSLATION);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

beforeAll(() => {
  dir = projectCopy('safety');
  const first = runBuild(dir, ['--silent']);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  previous = digest(at('dist'));
  expect(pagesIn(at('dist'))).toBeGreaterThan(300);
  // Every build below would publish a different site.
  changeTranslation('reached 112.1 billion yuan', 'amounted to 112.1 billion yuan');
}, BUILD_MS);

afterAll(() => {
  // No build may still hold the lock.
  expect(existsSync(at('.build.lock'))).toBe(false);
  rmSync(dir, { recursive: true, force: true });
});

describe('an interrupted build leaves the previous site', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} while pages are written: dist/ byte for byte as before, links whole, nothing left over`, async () => {
      const build = await buildUntilMidPages();
      build.child.kill(signal);
      const ended = await build.ended;
      expect(ended.status).toBe(code);
      expect(digest(at('dist'))).toEqual(previous);
      expect(linkProblems(at('dist'))).toEqual([]);
      expect(existsSync(at('.dist-staging'))).toBe(false);
      expect(existsSync(at('.build.lock'))).toBe(false);
      expect(existsSync(at('.build.lock.json'))).toBe(false);
    }, BUILD_MS);
  }

  it('a hard kill (SIGKILL) cannot clean up, yet dist/ is intact; the next build takes over its lock and publishes', async () => {
    const build = await buildUntilMidPages();
    build.child.kill('SIGKILL');
    expect((await build.ended).signal).toBe('SIGKILL');
    expect(digest(at('dist'))).toEqual(previous);
    expect(linkProblems(at('dist'))).toEqual([]);
    // What a hard kill leaves: its half-written staging folder and its lock, naming its pid.
    expect(pagesIn(at('.dist-staging'))).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(at('.build.lock.json'), 'utf8')).pid).toBe(build.child.pid);

    const next = runBuild(dir);
    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
    expect(next.stdout).toContain(`took over the build lock of pid ${build.child.pid}`);
    expect(readdirSync(dir).filter((name) => name.startsWith('.dist-') || name.startsWith('.build.lock'))).toEqual([]);
    const published = digest(at('dist'));
    expect(published).not.toEqual(previous);
    expect(readFileSync(at('dist/en/quzhou-2015/part-1/index.html'), 'utf8')).toContain('amounted to 112.1 billion yuan');
    expect(linkProblems(at('dist'))).toEqual([]);
    previous = published;
  }, 2 * BUILD_MS);
});

describe('one build at a time', () => {
  it('a second build is refused with the first one’s pid and disturbs nothing: the first publishes the same site as an undisturbed build', async () => {
    const first = startBuild(dir, ['--silent']);
    // The first build holds the lock once its owner file names it.
    const owner = at('.build.lock.json');
    while (!(existsSync(owner) && readFileSync(owner, 'utf8').includes(`"pid":${first.child.pid}`))) {
      if (first.child.exitCode !== null) throw new Error(`the first build ended early: ${(await first.ended).stderr}`);
      await sleep(25);
    }
    const second = runBuild(dir);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`^\\.build\\.lock: another build \\(pid ${first.child.pid}, started \\d\\d:\\d\\d:\\d\\d\\) holds this folder's build lock: [^\\n]+\\n$`, 'u'));
    expect(second.stdout).toBe('');

    const ended = await first.ended;
    expect(ended.stderr).toBe('');
    expect(ended.status).toBe(0);
    // The site did not change since the last build, and builds are deterministic (determinism.test.ts):
    // any interference from the refused build would show as a difference.
    expect(digest(at('dist'))).toEqual(previous);
  }, BUILD_MS);
});
