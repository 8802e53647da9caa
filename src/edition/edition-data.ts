/** The loaded edition for pages and endpoints: loaded once per build process. */
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
