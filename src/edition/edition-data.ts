/** The loaded edition for pages and endpoints: loaded once per build process. */
import { chapterUnits } from '../pipeline/chapters.ts';
import { concordance, type Occurrence } from './concordance.ts';
import { loadEdition, type Edition, type LoadedReport } from './load-edition.ts';

let cached: Edition | undefined;

export function getEdition(): Edition {
  cached ??= loadEdition(process.cwd());
  return cached;
}

export function getReport(slug: string): LoadedReport {
  const report = getEdition().reports.find((r) => r.meta.slug === slug);
  if (!report) throw new Error(`no report with slug ${slug}`);
  return report;
}

let cachedConcordance: Map<string, Occurrence[]> | undefined;

/** Every glossary term's occurrences, computed once per build. */
export function getConcordance(): Map<string, Occurrence[]> {
  const edition = getEdition();
  cachedConcordance ??= concordance(edition.glossary, edition.reports);
  return cachedConcordance;
}

/** Where an anchor stands: its report and chapter. Without a report slug, the first report that has the anchor. */
export function findAnchor(anchor: string, reportSlug?: string): { report: string; chapter: string } | undefined {
  for (const report of getEdition().reports) {
    if (reportSlug && report.meta.slug !== reportSlug) continue;
    for (const chapter of report.chapters) {
      if (chapterUnits(chapter).some((u) => u.id === anchor)) return { report: report.meta.slug, chapter: chapter.slug };
    }
  }
  return undefined;
}
