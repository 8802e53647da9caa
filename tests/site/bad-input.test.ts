/**
 * Bad input stops the real build with one clear message (file, line or entry, reason),
 * a non-zero exit, and nothing half-written: each case runs `astro build` on a copy of
 * the project with one file broken. The cases run side by side: each has its own copy. Every
 * message is also checked without a build (tests/unit/hardening.test.ts); `npm test` builds one
 * case, test:full every case.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';
import { PREVIOUS_SITE, astroBuild, projectCopy, withPreviousSite } from '../support/project-copy.ts';
import { FULL } from '../support/full.ts';

/** The cases that only test:full builds. */
const fullOnly = FULL ? it.concurrent : it.concurrent.skip;

const SEED = 'seeds/quzhou-2015-government-work-report.txt';
const META = 'seeds/quzhou-2015-government-work-report.meta.yaml';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project with a previous good build's output, which a failed build must leave as it was. */
function brokenCopy(): string {
  const dir = withPreviousSite(projectCopy('bad'));
  copies.push(dir);
  return dir;
}

async function expectCleanFailure(expect: ExpectStatic, dir: string, message: RegExp) {
  const { status, output } = await astroBuild(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(message);
  expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
  expect(existsSync(join(dir, '.generated', 'chapters'))).toBe(false);
}

describe('a broken input stops the build cleanly', () => {
  fullOnly('a translation entry whose id is not an anchor', async ({ expect }) => {
    const dir = brokenCopy();
    writeFileSync(join(dir, 'content/translations/quzhou-2015/en/zz-extra.yaml'), 'p1-9-s99: A sentence that does not exist.\n');
    await expectCleanFailure(expect, dir, /content\/translations\/quzhou-2015\/en\/zz-extra\.yaml \(p1-9-s99\): “p1-9-s99” is not an anchor of report quzhou-2015/u);
  });

  fullOnly('a metadata file with a missing required field', async ({ expect }) => {
    const dir = brokenCopy();
    const meta = readFileSync(join(dir, META), 'utf8').replace(/^title:\n(?: {2}.*\n)+/mu, '');
    writeFileSync(join(dir, META), meta);
    await expectCleanFailure(expect, dir, /seeds\/quzhou-2015-government-work-report\.meta\.yaml \(title\): missing: expected an object/u);
  });

  fullOnly('a seed with a section out of order', async ({ expect }) => {
    const dir = brokenCopy();
    writeFileSync(join(dir, 'seeds/other-report.txt'), '一、回顾\n\n(一)甲。正文。\n\n(三)丙。正文。\n');
    writeFileSync(join(dir, 'seeds/other-report.meta.yaml'), readFileSync(META, 'utf8').replace('slug: quzhou-2015', 'slug: other'));
    await expectCleanFailure(expect, dir, /seeds\/other-report\.txt:5: section \(三\) is out of order in part 1: expected section 2/u);
  });

  it.concurrent('a published anchor whose text changed', async ({ expect }) => {
    const dir = brokenCopy();
    writeFileSync(join(dir, SEED), readFileSync(join(dir, SEED), 'utf8').replace('集中精力发展工业、服务企业。', '集中精力发展工业。'));
    await expectCleanFailure(expect, dir, /content\/anchors\/quzhou-2015\.json \(p1-1-s3\): published anchor “p1-1-s3” now points at different text/u);
  });
});
