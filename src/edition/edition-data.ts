/** The loaded edition for pages and endpoints: loaded once per build process. */
import { LANGS } from '../i18n/langs.ts';
import { anchorLocator, type LocateAnchor } from './anchor-locations.ts';
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

let locate: LocateAnchor | undefined;

/** Where an anchor stands: its report and chapter (see anchor-locations.ts). */
export const findAnchor: LocateAnchor = (anchor, report) => (locate ??= anchorLocator(getEdition().reports))(anchor, report);

/** The static paths of the pages made per chapter and language (reading and parallel views). */
export function chapterPaths() {
  return getEdition().reports.flatMap((report) =>
    report.chapters.flatMap((chapter) => LANGS.map((lang) => ({ params: { lang, report: report.meta.slug, chapter: chapter.slug }, props: { report, chapter } }))),
  );
}

/** The static paths of the pages made once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
