/**
 * How a build that stops reads (issue #19, item 13), through the build entry on a copy of the
 * project: a mistake in the input is one line — the file, the line or entry, what is wrong — and
 * exit code 1, with no hook banner, location or stack, and dist/ untouched; a bug in the code
 * still shows Astro's banner and the stack. Every message is also checked without a build
 * (tests/unit/hardening.test.ts); `npm test` builds one input error, test:full every one.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREVIOUS_SITE, projectCopy, runBuild, withPreviousSite } from '../support/project-copy.ts';
import { FULL } from '../support/full.ts';

/** The cases that only test:full builds. */
const fullOnly = FULL ? it : it.skip;

const BUILD_MS = 180_000;
const META = 'seeds/quzhou-2015-government-work-report.meta.yaml';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project with a previous good build's output, which a failed build must leave as it was. */
function copyWithSite(): string {
  const dir = withPreviousSite(projectCopy('errors'));
  copies.push(dir);
  return dir;
}

function expectOneLineFailure(dir: string, line: RegExp) {
  const { status, stderr } = runBuild(dir);
  expect(status).toBe(1);
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
  expect(stderr).not.toMatch(/unhandled error|Location:|\n\s+at /u);
  expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
  expect(readdirSync(dir).filter((name) => name.startsWith('.dist-') || name.startsWith('.build.lock'))).toEqual([]);
}

describe('an input error is one line and exit code 1', () => {
  fullOnly('a translation file with an id that is not an anchor', () => {
    const dir = copyWithSite();
    writeFileSync(join(dir, 'content/translations/quzhou-2015/en/zz-extra.yaml'), '# 不存在\np1-9-s99: A sentence that does not exist.\n');
    // The place is the file with its line (and column) or its entry.
    expectOneLineFailure(dir, /^content\/translations\/quzhou-2015\/en\/zz-extra\.yaml(?::\d+(?::\d+)?| \(p1-9-s99\)): .*p1-9-s99.*not an anchor/u);
  }, BUILD_MS);

  it('a translation file that is not valid YAML', () => {
    const dir = copyWithSite();
    writeFileSync(join(dir, 'content/translations/quzhou-2015/en/zz-broken.yaml'), 'p1-1-s2: "The city\'s GDP\np1-1-s3: Fine.\n');
    expectOneLineFailure(dir, /^content\/translations\/quzhou-2015\/en\/zz-broken\.yaml:1:10 \(p1-1-s2\): invalid YAML: the string that starts here with " is never closed/u);
  }, BUILD_MS);

  fullOnly('a seed that cannot be structured: file and line', () => {
    const dir = copyWithSite();
    writeFileSync(join(dir, 'seeds/other-report.txt'), '一、回顾\n\n(一)甲。正文。\n\n(三)丙。正文。\n');
    writeFileSync(join(dir, 'seeds/other-report.meta.yaml'), readFileSync(META, 'utf8').replace('slug: quzhou-2015', 'slug: other'));
    expectOneLineFailure(dir, /^seeds\/other-report\.txt:5: section \(三\) is out of order in part 1: expected section 2$/u);
  }, BUILD_MS);
});

describe('a bug is not disguised', () => {
  it('an exception in the code prints the hook banner and its stack, exit code 1', () => {
    const dir = copyWithSite();
    const config = join(dir, 'astro.config.mjs');
    const text = readFileSync(config, 'utf8');
    expect(text).toContain('integrations: [output.begin, ');
    const buggy = "{ name: 'buggy', hooks: { 'astro:config:setup': () => { throw new TypeError('a bug, not an input error'); } } }";
    writeFileSync(config, text.replace('integrations: [output.begin, ', `integrations: [output.begin, ${buggy}, `));
    const { status, stderr } = runBuild(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/\[buggy\] An unhandled error occurred while running the "astro:config:setup" hook/u);
    expect(stderr).toMatch(/TypeError: a bug, not an input error\n\s+at /u);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
    expect(existsSync(join(dir, '.build.lock'))).toBe(false);
  }, BUILD_MS);
});
