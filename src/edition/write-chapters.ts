/**
 * Writes the chapters of every report, language and view into `.generated/chapters/` as HTML
 * with component markers (pipeline/chapter-html.ts), where each chapter's page reads its own
 * when it renders (ChapterBody.astro). The whole folder is written beside the old
 * one and swapped in at the end, so a failed build never leaves half a set of chapters.
 * The chapters hold no URL but same-page anchors: links that depend on the site's address
 * or base are made by components when a page renders (Term, Chart), so the folder does
 * not depend on a build's settings.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { Chapter } from '../pipeline/chapters.ts';
import { chapterTree, type ChapterView } from '../pipeline/chapter-tree.ts';
import { remarkGlossaryTerms } from '../pipeline/remark-glossary-terms.ts';
import { remarkCiteLinks } from '../pipeline/remark-cite-links.ts';
import { remarkEditorialNotes, type EditorialNotesOptions } from '../pipeline/remark-editorial-notes.ts';
import { remarkChartPlacement } from '../pipeline/remark-chart-placement.ts';
import type { TermMatcher } from '../pipeline/term-matcher.ts';
import type { Chart } from '../schemas/chart.ts';
import { LANGS, parallelPartner, type Lang } from '../i18n/langs.ts';
import { translate } from '../i18n/strings.ts';
import { anchorLabel } from '../i18n/anchor-label.ts';
import type { Edition, LoadedReport } from './load-edition.ts';
import type { Glossary } from './load-glossary.ts';
import type { EditorialNote } from './load-notes.ts';
import type { Translate } from '../i18n/messages.ts';
import { translationOf } from './unit-text.ts';
import { editionPaths } from './paths.ts';
import { CHAPTER_VIEWS, chapterFile } from './chapter-entries.ts';
import { chapterHtml } from '../pipeline/chapter-html.ts';
import { chapterTermMatcher } from './explained-terms.ts';

export interface ChapterContext {
  /** The glossary terms to mark: the edition's, and on a report's pages the terms it explains itself (explained-terms.ts). */
  matcher: TermMatcher;
  /** The edition's charts; each stands in its report after its `after` anchor. */
  charts?: Chart[];
}

/**
 * The chapter's plugins, in order: the one list both views go through. Notes come after the
 * glossary marks (a marker never splits a mark) and before the cite links (a heading's marker
 * stands in its text, before its link).
 */
function chapterProcessor(report: LoadedReport, lang: Lang, context: ChapterContext, { citeLinks }: { citeLinks: boolean }) {
  const t = translate(lang);
  const processor = unified()
    .use(remarkGlossaryTerms, { matcher: context.matcher })
    .use(remarkEditorialNotes, { lang, notes: notesByAnchor(report), labels: noteLabels(t) });
  if (citeLinks) processor.use(remarkCiteLinks, { labelOf: (id: string) => t('citeLabel', { where: anchorLabel(id, t) }), locatorOf: (id: string) => anchorLabel(id, t) });
  return processor.use(remarkChartPlacement, { lang, after: chartsAfter(context.charts ?? [], report.meta.slug) });
}

/**
 * One chapter in one language and view, annotated by the chapter plugins: the tree the pages' chapter
 * files are written from, and the EPUB's chapters (src/epub/), which have no cite links (a book's
 * sentences are cited by the same anchors, but it has no cite panel to open).
 */
export function annotatedChapter(report: LoadedReport, chapter: Chapter, lang: Lang, view: ChapterView, context: ChapterContext, { citeLinks = true } = {}): Root {
  const tree = chapterTree(chapter, { lang, view, pairLang: parallelPartner(lang), translationOf: (id, into) => translationOf(report, id, into) });
  return chapterProcessor(report, lang, context, { citeLinks }).runSync(tree) as Root;
}

/** The chapter's glossary marks: the edition's terms, and the report's own everywhere but in the list that explains them. */
export function chapterContext(glossary: Glossary, report: LoadedReport, chapter: Chapter, charts: Chart[]): ChapterContext {
  return { matcher: chapterTermMatcher(glossary, report, chapter), charts };
}

/** One chapter in one language and view as the chapter file (HTML with component markers): the same input always gives the same bytes. */
export const chapterText = (report: LoadedReport, chapter: Chapter, lang: Lang, view: ChapterView, context: ChapterContext): string =>
  chapterHtml(annotatedChapter(report, chapter, lang, view, context));

function notesByAnchor(report: LoadedReport): Map<string, EditorialNote[]> {
  const by = new Map<string, EditorialNote[]>();
  for (const note of report.notes ?? []) by.set(note.anchor, [...(by.get(note.anchor) ?? []), note]);
  return by;
}

export const noteLabels = (t: Translate): EditorialNotesOptions['labels'] => ({
  heading: t('notesHeading'),
  kind: { textual: t('noteKind.textual'), translation: t('noteKind.translation') },
  marker: (n) => t('noteMarker', { n }),
  back: (n) => t('noteBack', { n }),
  where: (id) => anchorLabel(id, t),
  separator: t('noteSeparator'),
});

function chartsAfter(charts: Chart[], report: string): Map<string, string[]> {
  const after = new Map<string, string[]>();
  for (const chart of charts.filter((c) => c.report === report)) after.set(chart.after, [...(after.get(chart.after) ?? []), chart.id]);
  return after;
}

export function writeChapters(edition: Edition): number {
  const target = editionPaths(edition.root).generatedChapters;
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let written = 0;
  try {
    for (const report of edition.reports) {
      for (const chapter of report.chapters) {
        const ofChapter = chapterContext(edition.glossary, report, chapter, edition.charts);
        for (const lang of LANGS) {
          for (const view of CHAPTER_VIEWS) {
            const file = join(staging, chapterFile(report.meta.slug, lang, chapter.slug, view));
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, chapterText(report, chapter, lang, view, ofChapter));
            written++;
          }
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
