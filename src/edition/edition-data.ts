/**
 * The edition as the pages see it: the one the integration loaded and checked, received
 * through the virtual module (edition-module.ts) — never loaded again — with the lookups
 * pages need, each computed once per build.
 */
import snapshot from 'virtual:bilingual-edition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../i18n/langs.ts';
import { anchorLocator, type LocateAnchor } from './anchor-locations.ts';
import { concordance, type Occurrence } from './concordance.ts';
import { reviveEdition } from './edition-snapshot.ts';
import type { Edition, LoadedReport } from './load-edition.ts';
import { chapterFile } from './chapter-entries.ts';
import { editionPaths } from './paths.ts';
import { chapterParts, type ChapterPart } from '../pipeline/chapter-html.ts';
import type { ChapterView } from '../pipeline/chapter-tree.ts';
import type { Lang } from '../i18n/langs.ts';

export const edition: Edition = reviveEdition(snapshot);

export function getReport(slug: string): LoadedReport {
  const report = edition.reports.find((r) => r.meta.slug === slug);
  if (!report) throw new Error(`no report with slug ${slug}`);
  return report;
}

let cachedConcordance: Map<string, Occurrence[]> | undefined;

/** Every glossary term's occurrences, computed once per build. */
export function getConcordance(): Map<string, Occurrence[]> {
  cachedConcordance ??= concordance(edition.glossary, edition.reports);
  return cachedConcordance;
}

/** Where an anchor stands: its report and chapter (see anchor-locations.ts). */
export const findAnchor: LocateAnchor = anchorLocator(edition.reports);

/**
 * A chapter's text as its page renders it, read from the file the integration wrote
 * (write-chapters.ts) when the page renders: only the page being rendered holds it.
 */
export function readChapter(report: string, lang: Lang, chapter: string, view: ChapterView): ChapterPart[] {
  return chapterParts(readFileSync(join(editionPaths(edition.root).generatedChapters, chapterFile(report, lang, chapter, view)), 'utf8'));
}

/** The static paths of the pages made per chapter and language (reading and parallel views). */
export function chapterPaths() {
  return edition.reports.flatMap((report) =>
    report.chapters.flatMap((chapter) => LANGS.map((lang) => ({ params: { lang, report: report.meta.slug, chapter: chapter.slug }, props: { report, chapter } }))),
  );
}

/** The static paths of the pages made once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
