/**
 * Writes the MDX chapters of every report and language into `.generated/chapters/`,
 * where the content collection loads them. The whole folder is written beside the old
 * one and swapped in at the end, so a failed build never leaves half a set of chapters.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import YAML from 'yaml';
import { remarkReportChapter, type Lang } from '../pipeline/remark-report-chapter.ts';
import type { Chapter } from '../pipeline/chapters.ts';
import { entryText } from '../schemas/translation.ts';
import type { Edition, LoadedReport } from './load-edition.ts';
import { editionPaths } from './paths.ts';
import { LANGS } from '../i18n/langs.ts';
import { t } from '../i18n/strings.ts';
import { remarkGlossaryTerms } from '../pipeline/remark-glossary-terms.ts';
import { remarkCiteLinks } from '../pipeline/remark-cite-links.ts';
import { remarkChartPlacement } from '../pipeline/remark-chart-placement.ts';
import type { Chart } from '../schemas/chart.ts';
import { anchorLabel } from '../pipeline/anchors.ts';
import type { Glossary } from './load-glossary.ts';
import type { Urls } from '../site/urls.ts';

export interface ChapterFrontmatter {
  report: string;
  chapter: string;
  number: number;
  lang: Lang;
}

export interface ChapterContext {
  glossary: Glossary;
  urls: Urls;
  /** The edition's charts; each stands in its report after its `after` anchor. */
  charts?: Chart[];
}

/** One chapter in one language as MDX text: the same input always gives the same bytes. */
export function chapterMdx(report: LoadedReport, chapter: Chapter, lang: Lang, context: ChapterContext): string {
  const translationOf = (id: string) => {
    const entry = report.english.get(id);
    return entry === undefined ? undefined : entryText(entry);
  };
  const processor = unified()
    .use(remarkReportChapter, { chapter, lang, translationOf })
    .use(remarkGlossaryTerms, {
      lang,
      entries: context.glossary.byId,
      matcher: context.glossary.matcher,
      entryUrl: (id: string) => context.urls.glossaryEntry(lang, id),
      moreLabel: t(lang).glossaryMore,
    })
    .use(remarkCiteLinks, { labelOf: (id: string) => t(lang).citeLabel(anchorLabel(id, lang)) })
    .use(remarkChartPlacement, { lang, after: chartsAfter(context.charts ?? [], report.meta.slug) });
  const tree = processor.runSync({ type: 'root', children: [] } as Root) as Root;
  const frontmatter: ChapterFrontmatter = { report: report.meta.slug, chapter: chapter.slug, number: chapter.number, lang };
  const body = toMarkdown(tree, { extensions: [mdxToMarkdown()] });
  return `---\n${YAML.stringify(frontmatter)}---\n\n{/* Generated from ${report.meta.slug}'s seed by src/edition/write-chapters.ts; do not edit. */}\n\n${body}`;
}

function chartsAfter(charts: Chart[], report: string): Map<string, string[]> {
  const after = new Map<string, string[]>();
  for (const chart of charts.filter((c) => c.report === report)) after.set(chart.after, [...(after.get(chart.after) ?? []), chart.id]);
  return after;
}

export function writeChapters(edition: Edition, urls: Urls): number {
  const target = editionPaths(edition.root).generatedChapters;
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let written = 0;
  try {
    for (const report of edition.reports) {
      for (const chapter of report.chapters) {
        for (const lang of LANGS) {
          const file = join(staging, report.meta.slug, lang, `${chapter.slug}.mdx`);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, chapterMdx(report, chapter, lang, { glossary: edition.glossary, urls, charts: edition.charts }));
          written++;
        }
      }
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    renameSync(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return written;
}
