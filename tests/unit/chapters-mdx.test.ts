/**
 * The MDX chapters: fixture folders tests/fixtures/chapters/<case>/{input.txt, translations.yaml}
 * against the expected output.zh.mdx / output.en.mdx, which are vitest file snapshots: a missing
 * one fails under CI=true instead of being written. Regenerate on purpose with
 * `npx vitest run tests/unit/chapters-mdx.test.ts -u` and review the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/pipeline/parse-seed.ts';
import { chaptersOf } from '../../src/pipeline/chapters.ts';
import { unitsInReadingOrder } from '../../src/pipeline/report-tree.ts';
import { chapterMdx, type ChapterContext } from '../../src/edition/write-chapters.ts';
import { createTermMatcher } from '../../src/pipeline/term-matcher.ts';
import { isAnchorId } from '../../src/pipeline/anchors.ts';
import { makeUrls } from '../../src/site/urls.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import type { LoadedReport } from '../../src/edition/load-edition.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { edition } from '../support/edition.ts';

const FIXTURES = 'tests/fixtures/chapters';

/** A two-entry glossary for the fixtures, so that marks and toggletips are part of the expected output. */
const fixtureEntries = [
  { id: 'wu-shui-gong-zhi', term: '五水共治', aliases: [], pinyin: 'wǔ shuǐ gòng zhì', en: 'Five Water Treatment', short: { zh: '治水行动。', en: 'A water campaign.' } },
  { id: 'cun-zhen-jia', term: '村镇+互联网', aliases: ['村镇+旅游'], pinyin: 'cūn zhèn hù lián wǎng', en: 'villages and towns + internet', short: { zh: '乡村发展思路。', en: 'A rural strategy <b>not markup</b>.' } },
] as unknown as GlossaryEntry[];
const fixtureContext: ChapterContext = {
  glossary: {
    entries: fixtureEntries,
    byId: new Map(fixtureEntries.map((e) => [e.id, e])),
    exclusions: [],
    matcher: createTermMatcher(fixtureEntries.map((e) => ({ id: e.id, zh: [e.term, ...e.aliases], en: e.en }))),
  },
  urls: makeUrls('/sub/path/'),
};
const anchorIdsIn = (mdx: string) => [...mdx.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1]!).filter(isAnchorId);

function fixtureReport(dir: string): LoadedReport {
  const tree = parseSeed(readFileSync(join(dir, 'input.txt'), 'utf8'));
  const english = new Map(Object.entries(YAML.parse(readFileSync(join(dir, 'translations.yaml'), 'utf8')) as Record<string, string>));
  return { meta: { slug: 'fixture' }, tree, units: unitsInReadingOrder(tree), chapters: chaptersOf(tree), english } as unknown as LoadedReport;
}

describe('chapter MDX fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    for (const lang of LANGS) {
      it(`${name} (${lang})`, async () => {
        const report = fixtureReport(join(FIXTURES, name));
        const mdx = report.chapters.map((chapter) => chapterMdx(report, chapter, lang, fixtureContext)).join('\n<!-- next chapter -->\n');
        await expect(mdx).toMatchFileSnapshot(resolve(FIXTURES, name, `output.${lang}.mdx`));
      });
    }
  }
});

describe('chapter MDX of the report', () => {
  const report = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
  const context: ChapterContext = { glossary: edition.glossary, urls: makeUrls('/') };

  it('carries every anchor id exactly once, in reading order, chapter after chapter, in both languages', () => {
    for (const lang of LANGS) {
      const ids = report.chapters.flatMap((chapter) => anchorIdsIn(chapterMdx(report, chapter, lang, context)));
      expect(ids, lang).toEqual(report.units.map((u) => u.id));
    }
  });

  it('shows an untranslated sentence in Chinese, marked pending, with its language', () => {
    const english = new Map(report.english);
    english.delete('p1-1-s2');
    const mdx = chapterMdx({ ...report, english }, report.chapters[0]!, 'en', context);
    expect(mdx).toContain('<span class="s pending" id="p1-1-s2" lang="zh-Hans">全市实现生产总值 1121 亿元');
  });
});
