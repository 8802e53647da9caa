/**
 * The chapter file (src/pipeline/chapter-html.ts): the page shows its HTML as written, so it must be
 * what Astro rendered from the same chapter as MDX before the chapters stopped being MDX modules.
 * The reference is real: the chapter tree written out as MDX, compiled by @mdx-js/mdx (the compiler
 * @astrojs/mdx runs) against Astro's JSX runtime and rendered by Astro's renderJSX: the report's
 * part 三 in every language and view, part 二 (charts, editorial notes, glossary marks, pairs) in the
 * English parallel view, every chapter in every language and view under `npm run test:full` (MDX
 * compiles a large chapter in about a second), and the fixture chapters (markup-like text, pending
 * units, run-in sections).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import YAML from 'yaml';
import { evaluate } from '@mdx-js/mdx';
import * as astroJsx from 'astro/jsx-runtime';
import { renderJSX } from 'astro/runtime/server/jsx.js';
import { chapterHtml, chapterParts, escapeText, type ChapterPart } from '../../src/pipeline/chapter-html.ts';
import { jsxFlow, jsxText, text } from '../../src/pipeline/mdx-jsx.ts';
import { annotatedChapter } from '../../src/edition/write-chapters.ts';
import { CHAPTER_VIEWS } from '../../src/edition/chapter-entries.ts';
import { parseSeed } from '../../src/pipeline/parse-seed.ts';
import { chaptersOf } from '../../src/pipeline/chapters.ts';
import { unitsInReadingOrder } from '../../src/pipeline/report-tree.ts';
import { createTermMatcher } from '../../src/pipeline/term-matcher.ts';
import type { LoadedReport } from '../../src/edition/load-edition.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { edition } from '../support/edition.ts';
import { FULL } from '../support/full.ts';

/**
 * The tree as Astro rendered it when it was an MDX chapter: the comment line the MDX files began with,
 * then the body. Components stand in as lower-case elements (`<chart …></chart>`), as markers do in `asRendered`.
 */
async function renderedByAstro(tree: Root): Promise<string> {
  const mdx = `{/* a generated chapter */}\n\n${toMarkdown(tree, { extensions: [mdxToMarkdown()] })}`;
  const { default: Content } = await evaluate(mdx, { ...astroJsx, Fragment: astroJsx.Fragment } as Parameters<typeof evaluate>[1]);
  const components = { Chart: 'chart', Term: 'term' };
  return String(await renderJSX({} as never, Content({ components })));
}

/** Chapter parts with their components written as renderedByAstro writes its stand-ins. */
const standIns = (parts: ChapterPart[]): string =>
  parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const name = part.component.toLowerCase();
      const attributes = Object.entries(part.props).map(([k, v]) => ` ${k}="${v.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;')}"`);
      return `<${name}${attributes.join('')}>${standIns(part.children)}</${name}>`;
    })
    .join('');
const asRendered = (file: string) => standIns(chapterParts(file));

describe('the chapter file is the HTML Astro rendered from the MDX chapter', () => {
  const report = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
  const context = { matcher: edition.glossary.matcher, charts: edition.charts };

  const cases = report.chapters.flatMap((chapter) =>
    LANGS.flatMap((lang) =>
      CHAPTER_VIEWS.map((view) => ({ chapter, lang, view })).filter(
        (c) => FULL || c.chapter.slug === 'part-3' || (c.chapter.slug === 'part-2' && c.lang === 'en' && c.view === 'parallel'),
      ),
    ),
  );

  it(`for ${FULL ? 'every chapter' : 'two chapters'} of the report`, async () => {
    let compared = 0;
    for (const { chapter, lang, view } of cases) {
      const tree = annotatedChapter(report, chapter, lang, view, context);
      expect(asRendered(chapterHtml(tree)), `${chapter.slug} ${lang} ${view}`).toBe(await renderedByAstro(tree));
      compared++;
    }
    expect(compared).toBe(FULL ? report.chapters.length * LANGS.length * CHAPTER_VIEWS.length : LANGS.length * CHAPTER_VIEWS.length + 1);
  }, 120_000);

  it('for the fixture chapters: text that looks like markup, pending units, run-in sections', async () => {
    let compared = 0;
    for (const name of ['pending-and-markup', 'run-in-sections']) {
      const dir = join('tests/fixtures/chapters', name);
      const tree = parseSeed(readFileSync(join(dir, 'input.txt'), 'utf8'));
      const english = new Map(Object.entries(YAML.parse(readFileSync(join(dir, 'translations.yaml'), 'utf8')) as Record<string, string>));
      const fixture = { meta: { slug: 'fixture' }, tree, units: unitsInReadingOrder(tree), chapters: chaptersOf(tree), translations: new Map([['en', english]]) } as unknown as LoadedReport;
      const matcher = createTermMatcher([{ id: 'cun-zhen-jia', zh: ['村镇+互联网'], en: 'villages and towns + internet' }]);
      for (const chapter of fixture.chapters) {
        for (const lang of LANGS) {
          for (const view of CHAPTER_VIEWS) {
            const tree = annotatedChapter(fixture, chapter, lang, view, { matcher });
            expect(asRendered(chapterHtml(tree)), `${name} ${chapter.slug} ${lang} ${view}`).toBe(await renderedByAstro(tree));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(2 * LANGS.length * CHAPTER_VIEWS.length);
  }, 60_000);

  it('for text and attribute values with every character HTML escapes, bare and empty attributes', async () => {
    const tricky = `a & b < c > d ' e " f {g} *h* [i](j) \\ &amp; </script><script>alert(1)</script>`;
    // MDX decoded a character reference inside an attribute value (&amp; became &): the chapter file keeps the value as given.
    const value = tricky.replace(' &amp;', '');
    expect(value).toContain('<script>');
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [jsxText('p', { title: value, 'data-empty': '', popover: null, hidden: null }, [text(tricky)])] },
        jsxFlow('section', { class: 'x' }, [{ type: 'paragraph', children: [text(tricky), jsxText('a', { href: '#x' })] }, jsxFlow('Chart', { id: value, lang: 'zh' })]),
      ],
    };
    const file = chapterHtml(tree);
    expect(file).toContain(`>${escapeText(tricky)}<`);
    // The page shows the file as HTML (set:html): no text may open or close an element (inside a quoted
    // attribute value, where only " ends it, a < is harmless, as Astro writes it too).
    expect(file.replace(/="[^"]*"/gu, '=""')).not.toMatch(/<\/?script/u);
    expect(asRendered(file)).toBe(await renderedByAstro(tree));
  });
});

describe('the chapter file read back as HTML and components (chapterParts)', () => {
  it('gives each component its name, its attributes and what it holds, and the HTML between as written', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [jsxText('p', {}, [text('<Chart id="not-a-marker" /> stays text, '), jsxText('Term', { id: 'wu-shui' }, [text('五水'), jsxText('span', { class: 'x' }, [text('共治')])]), text('。')])] },
        jsxFlow('Chart', { id: 'a "quoted" & id', lang: 'zh' }),
        { type: 'paragraph', children: [jsxText('Term', { report: 'r', anchor: 'a1-i5' }, [text('两重')])] },
      ],
    };
    expect(chapterParts(chapterHtml(tree))).toEqual([
      '\n<p>&lt;Chart id=&quot;not-a-marker&quot; /&gt; stays text, ',
      { component: 'Term', props: { id: 'wu-shui' }, children: ['五水<span class="x">共治</span>'] },
      '。</p>\n',
      { component: 'Chart', props: { id: 'a "quoted" & id', lang: 'zh' }, children: [] },
      '\n',
      { component: 'Term', props: { report: 'r', anchor: 'a1-i5' }, children: ['两重'] },
    ]);
  });

  it('refuses what a chapter cannot hold, and a file whose markers do not nest, naming it', () => {
    expect(() => chapterHtml({ type: 'root', children: [{ type: 'heading', depth: 1, children: [] }] })).toThrow('a heading node has no place in a chapter');
    expect(() => chapterParts('<p><Term id="x">a</p>')).toThrow('<Term> is not closed');
    expect(() => chapterParts('<Term id="x">a</Chart>')).toThrow('</Chart> closes <Term>');
  });
});
