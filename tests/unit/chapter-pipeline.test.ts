/**
 * The chapter pipeline, one stage at a time, against fixture folders in the manner of remark-gfm:
 *   tests/fixtures/<stage>/<case>/{input.txt, translations.yaml?, options.json, output.mdx}
 * `chapter-tree` is the tree builder alone; each `remark-*` folder runs the builder and then that
 * one plugin; `chapters` runs the whole chain (write-chapters.ts) in every language and view.
 * Outputs are file snapshots: a missing one fails in CI; `npx vitest run -u tests/unit/chapter-pipeline.test.ts`
 * rewrites them on purpose, to be reviewed as a diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type PluggableList } from 'unified';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/pipeline/parse-seed.ts';
import { chaptersOf } from '../../src/pipeline/chapters.ts';
import { unitsInReadingOrder } from '../../src/pipeline/report-tree.ts';
import { chapterTree, type ChapterView } from '../../src/pipeline/chapter-tree.ts';
import { remarkGlossaryTerms } from '../../src/pipeline/remark-glossary-terms.ts';
import { remarkCiteLinks } from '../../src/pipeline/remark-cite-links.ts';
import { remarkChartPlacement } from '../../src/pipeline/remark-chart-placement.ts';
import { remarkEditorialNotes, type ChapterNote } from '../../src/pipeline/remark-editorial-notes.ts';
import { createTermMatcher, type MatchableTerm } from '../../src/pipeline/term-matcher.ts';
import { isAnchorId } from '../../src/pipeline/anchors.ts';
import { anchorLabel } from '../../src/i18n/anchor-label.ts';
import { translate } from '../../src/i18n/strings.ts';
import { chapterMdx, noteLabels } from '../../src/edition/write-chapters.ts';
import { CHAPTER_VIEWS } from '../../src/edition/chapter-entries.ts';
import type { LoadedReport } from '../../src/edition/load-edition.ts';
import { LANGS, parallelPartner, type Lang } from '../../src/i18n/langs.ts';
import { edition } from '../support/edition.ts';

const FIXTURES = 'tests/fixtures';

interface CaseOptions {
  lang: Lang;
  view: ChapterView;
  glossary?: MatchableTerm[];
  after?: Record<string, string[]>;
  notes?: ChapterNote[];
}

const notesByAnchor = (notes: ChapterNote[] = []) => {
  const by = new Map<string, ChapterNote[]>();
  for (const note of notes) by.set(note.anchor, [...(by.get(note.anchor) ?? []), note]);
  return by;
};

const PLUGINS: Record<string, (options: CaseOptions) => PluggableList> = {
  'chapter-tree': () => [],
  'remark-glossary-terms': (o) => [[remarkGlossaryTerms, { lang: o.lang, matcher: createTermMatcher(o.glossary ?? []) }]],
  'remark-cite-links': (o) => [[remarkCiteLinks, { labelOf: (id: string) => `Cite ${anchorLabel(id, translate(o.lang))}`, locatorOf: (id: string) => anchorLabel(id, translate(o.lang)) }]],
  'remark-chart-placement': (o) => [[remarkChartPlacement, { lang: o.lang, after: new Map(Object.entries(o.after ?? {})) }]],
  // After the glossary marks, as in write-chapters.ts: a marker never splits a mark.
  'remark-editorial-notes': (o) => [
    [remarkGlossaryTerms, { lang: o.lang, matcher: createTermMatcher(o.glossary ?? []) }],
    [remarkEditorialNotes, { lang: o.lang, notes: notesByAnchor(o.notes), labels: noteLabels(translate(o.lang)) }],
  ],
};

function readCase(dir: string) {
  const tree = parseSeed(readFileSync(join(dir, 'input.txt'), 'utf8'));
  const file = join(dir, 'translations.yaml');
  const english = new Map(Object.entries(existsSync(file) ? (YAML.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}));
  return { tree, english };
}

const toMdx = (tree: Root) => toMarkdown(tree, { extensions: [mdxToMarkdown()] });
const casesOf = (stage: string) => readdirSync(join(FIXTURES, stage)).sort();
const ids = (mdx: string, attribute: string) => [...mdx.matchAll(new RegExp(` ${attribute}="([^"]+)"`, 'gu'))].map((m) => m[1]!).filter(isAnchorId);

/** One stage on one case: the builder, then that stage's plugin, every chapter in turn. */
function runStage(stage: string, name: string): { mdx: string; options: CaseOptions; unitIds: string[] } {
  const dir = join(FIXTURES, stage, name);
  const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as CaseOptions;
  const { tree, english } = readCase(dir);
  const processor = unified().use(PLUGINS[stage]!(options));
  const mdx = chaptersOf(tree)
    .map((chapter) => {
      const built = chapterTree(chapter, { lang: options.lang, view: options.view, pairLang: parallelPartner(options.lang), translationOf: (id) => english.get(id) });
      return toMdx(processor.runSync(built) as Root);
    })
    .join('\n<!-- next chapter -->\n');
  return { mdx, options, unitIds: unitsInReadingOrder(tree).map((u) => u.id) };
}

for (const stage of Object.keys(PLUGINS)) {
  describe(stage, () => {
    it('has fixture cases', () => expect(casesOf(stage).length).toBeGreaterThanOrEqual(2));
    for (const name of casesOf(stage)) {
      it(name, async () => {
        const { mdx, options, unitIds } = runStage(stage, name);
        // Whatever the stage, every unit keeps its one anchor, in reading order; a parallel view pairs each once.
        expect(ids(mdx, 'id')).toEqual(unitIds);
        if (options.view === 'parallel') expect(ids(mdx, 'data-pair')).toEqual(unitIds);
        await expect(mdx).toMatchFileSnapshot(join('..', '..', FIXTURES, stage, name, 'output.mdx'));
      });
    }
  });
}

describe('what each plugin adds', () => {
  it('glossary terms: the longest form wins, a repeat in one unit is not a second link, no definition in the chapter', () => {
    const { mdx } = runStage('remark-glossary-terms', 'longest-match-and-repeat');
    expect(mdx).toContain('<Term id="wu-shui-gong-zhi">Five Water Treatment</Term>');
    expect(mdx.match(/<Term /gu)).toHaveLength(1);
    expect(mdx).toContain('<span class="term term-repeat" data-term="wu-shui-gong-zhi">Five Water Treatment</span>');
    expect(mdx).not.toContain('"wu-shui"');
    // The definitions are fetched by the page's one toggletip (toggletip-data.ts), never written into a chapter.
    expect(mdx).not.toMatch(/Toggletip|popover/u);
  });

  it('glossary terms: an untranslated unit on an English page is matched by its Chinese forms', () => {
    const { mdx } = runStage('remark-glossary-terms', 'pending-unit-chinese-forms');
    expect(mdx).toMatch(/<span class="s pending" id="p1-1-s2" lang="zh-Hans">推进“<Term id="wu-shui-gong-zhi">五水共治<\/Term>”/u);
  });

  it('glossary terms: a term is an inline mark with nothing around it (it breaks as the text does: clreq is checked in Chromium)', () => {
    const { mdx } = runStage('remark-glossary-terms', 'pending-unit-chinese-forms');
    expect(mdx).toContain('推进“<Term id="wu-shui-gong-zhi">五水共治</Term>”，<span class="term term-repeat" data-term="wu-shui-gong-zhi">五水共治</span>见效');
  });

  it('glossary terms: a term the report explains itself names its report and the anchor of its explanation', () => {
    const { mdx } = runStage('remark-glossary-terms', 'explained-term');
    expect(mdx).toContain('<Term report="fixture" anchor="a1-i1">两重</Term>');
  });

  it('cite links: one per anchored unit, none on the parallel view’s second column', () => {
    for (const name of casesOf('remark-cite-links')) {
      const { mdx, unitIds } = runStage('remark-cite-links', name);
      expect([...mdx.matchAll(/<a class="cite" href="#([^"]+)"/gu)].map((m) => m[1])).toEqual(unitIds);
    }
  });

  it('charts: after the block of their anchor, in their order', () => {
    const { mdx } = runStage('remark-chart-placement', 'two-charts-one-anchor');
    expect(mdx.indexOf('<Chart id="air" lang="zh" />')).toBeGreaterThan(mdx.indexOf('id="p1-2-s1"'));
    expect(mdx.indexOf('<Chart id="air-target" lang="zh" />')).toBeGreaterThan(mdx.indexOf('<Chart id="air" lang="zh" />'));
    const pair = runStage('remark-chart-placement', 'after-pair').mdx;
    expect(pair).toMatch(/data-pair="p1-1-s1"[^\n]*<\/p>\n\s*<\/div>\n\n\s*<Chart id="gdp" lang="en" \/>/u);
  });
});

describe('what the editorial notes plugin adds', () => {
  it('a marker after its phrase, after a glossary mark the phrase ends in, at the end without a phrase; numbered in text order', () => {
    const { mdx } = runStage('remark-editorial-notes', 'reading-zh-phrases');
    expect(mdx).not.toMatch(/<Term[^>]*>[^<]*<sup/u);
    // Before the term's opening quote, and right after the term (outside its mark), kept with the closing punctuation after it.
    expect(mdx).toContain('推进<sup class="note-ref" data-pagefind-ignore><a id="note-ref-p1-1-s2-2" href="#note-p1-1-s2-2" aria-label="注 1">1</a></sup>“<Term');
    expect(mdx).toContain('五水共治</Term><span class="note-unit"><sup class="note-ref" data-pagefind-ignore><a id="note-ref-p1-1-s2-1" href="#note-p1-1-s2-1" aria-label="注 2">2</a></sup>”，</span>');
    expect(mdx).toMatch(/见效。<sup class="note-ref"[^>]*><a id="note-ref-p1-1-s2-3"[^>]*>3<\/a><\/sup><\/span>/u);
    // The list in number order, each with its back link.
    expect([...mdx.matchAll(/<li id="(note-[^"]+)"/gu)].map((m) => m[1])).toEqual(['note-p1-1-s2-2', 'note-p1-1-s2-1', 'note-p1-1-s2-3', 'note-p1-2-1']);
    for (const id of ['p1-1-s2-1', 'p1-1-s2-2', 'p1-1-s2-3', 'p1-2-1']) expect(mdx).toContain(`<a class="note-back" href="#note-ref-${id}"`);
  });

  it('the parallel view: markers in the anchored column only, placed by the phrase in its language', () => {
    const { mdx } = runStage('remark-editorial-notes', 'parallel-en');
    expect(mdx).toContain('of a City<sup class="note-ref"');
    expect(mdx.match(/<sup class="note-ref"/gu)).toHaveLength(2);
    expect(mdx).not.toMatch(/data-pair="[^"]+"[^\n]*note-ref/u);
  });
});

describe('the whole chain (write-chapters.ts)', () => {
  for (const name of casesOf('chapters')) {
    for (const lang of LANGS) {
      for (const view of CHAPTER_VIEWS) {
        it(`${name}, ${lang}, ${view}`, async () => {
          const dir = join(FIXTURES, 'chapters', name);
          const { tree, english } = readCase(dir);
          const report = { meta: { slug: 'fixture' }, tree, units: unitsInReadingOrder(tree), chapters: chaptersOf(tree), translations: new Map([['en', english]]) } as unknown as LoadedReport;
          const matcher = createTermMatcher([
            { id: 'wu-shui-gong-zhi', zh: ['五水共治'], en: 'Five Water Treatment' },
            { id: 'cun-zhen-jia', zh: ['村镇+互联网', '村镇+旅游'], en: 'villages and towns + internet' },
          ]);
          const mdx = report.chapters.map((chapter) => chapterMdx(report, chapter, lang, view, { matcher })).join('\n<!-- next chapter -->\n');
          // The generated chapters depend on no build setting: no URL but same-page anchors.
          expect(mdx).not.toMatch(/href="(?!#)/u);
          await expect(mdx).toMatchFileSnapshot(join('..', '..', FIXTURES, 'chapters', name, `output.${lang}.${view}.mdx`));
        });
      }
    }
  }
});

describe('the chapters of the report', () => {
  const report = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
  const { glossary, charts } = edition;

  it('carry every anchor id of the report exactly once per language and view, in reading order', () => {
    for (const lang of LANGS) {
      for (const view of CHAPTER_VIEWS) {
        const all = report.chapters.flatMap((c) => ids(chapterMdx(report, c, lang, view, { matcher: glossary.matcher, charts }), 'id'));
        expect(all).toEqual(report.units.map((u) => u.id));
      }
    }
  });

  it('show an untranslated sentence in Chinese, marked pending, with its language', () => {
    const english = new Map(report.translations.get('en'));
    english.delete('p1-1-s2');
    const mdx = chapterMdx({ ...report, translations: new Map([['en', english]]) }, report.chapters[0]!, 'en', 'reading', { matcher: glossary.matcher });
    expect(mdx).toContain('<span class="s pending" id="p1-1-s2" lang="zh-Hans">全市实现生产总值 1121 亿元');
  });

  it('place every chart of the report once in each view', () => {
    const ofReport = charts.filter((c) => c.report === report.meta.slug);
    expect(ofReport.length).toBe(15);
    for (const view of CHAPTER_VIEWS) {
      const mdx = report.chapters.map((c) => chapterMdx(report, c, 'en', view, { matcher: glossary.matcher, charts })).join('\n');
      for (const chart of ofReport) expect(mdx.split(`<Chart id="${chart.id}" lang="en" />`)).toHaveLength(2);
    }
  });
});
