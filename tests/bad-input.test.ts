/**
 * Bad input stops the real build with one clear message (file, line or entry, reason),
 * a non-zero exit, and nothing half-written: each case runs `astro build` on a copy of
 * the project with one file broken.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv } from './support/dist.ts';
import { projectCopy } from './support/project-copy.ts';

const SEED = 'seeds/quzhou-2015-government-work-report.txt';
const META = 'seeds/quzhou-2015-government-work-report.meta.yaml';

function brokenProjectCopy(): string {
  const dir = projectCopy('edition-bad-');
  // A previous good build's output, which a failed build must leave as it was.
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'previous build');
  return dir;
}

function build(dir: string) {
  const run = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env: buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function expectCleanFailure(dir: string, message: RegExp) {
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(message);
  expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  expect(existsSync(join(dir, '.generated', 'chapters'))).toBe(false);
}

describe('a broken input stops the build cleanly', () => {
  it('a translation entry whose id is not an anchor', () => {
    const dir = brokenProjectCopy();
    writeFileSync(join(dir, 'content/translations/quzhou-2015/en/zz-extra.yaml'), 'p1-9-s99: A sentence that does not exist.\n');
    expectCleanFailure(dir, /content\/translations\/quzhou-2015\/en\/zz-extra\.yaml \(p1-9-s99\): “p1-9-s99” is not an anchor of report quzhou-2015/u);
  });

  it('a metadata file with a missing required field', () => {
    const dir = brokenProjectCopy();
    const meta = readFileSync(join(dir, META), 'utf8').replace(/^title:\n(?: {2}.*\n)+/mu, '');
    writeFileSync(join(dir, META), meta);
    expectCleanFailure(dir, /seeds\/quzhou-2015-government-work-report\.meta\.yaml \(title\): .*expected object/iu);
  });

  it('a seed with a section out of order', () => {
    const dir = brokenProjectCopy();
    writeFileSync(join(dir, 'seeds/other-report.txt'), '一、回顾\n\n(一)甲。正文。\n\n(三)丙。正文。\n');
    writeFileSync(join(dir, 'seeds/other-report.meta.yaml'), readFileSync(META, 'utf8').replace('slug: quzhou-2015', 'slug: other'));
    expectCleanFailure(dir, /seeds\/other-report\.txt:5: section \(三\) is out of order in part 1: expected section 2/u);
  });

  it('a published anchor whose text changed', () => {
    const dir = brokenProjectCopy();
    writeFileSync(join(dir, SEED), readFileSync(join(dir, SEED), 'utf8').replace('集中精力发展工业、服务企业。', '集中精力发展工业。'));
    expectCleanFailure(dir, /content\/anchors\/quzhou-2015\.json \(p1-1-s3\): published anchor “p1-1-s3” now points at different text/u);
  });
});
