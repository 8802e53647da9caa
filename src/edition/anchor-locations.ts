/** Where each anchor stands — its report and chapter: the one lookup behind every link to a sentence. */
import { chapterUnits } from '../pipeline/chapters.ts';
import type { LoadedReport } from './load-edition.ts';

export interface AnchorPlace {
  report: string;
  chapter: string;
}

/** Finds an anchor's place; without a report slug, in the first report that has the anchor. */
export type LocateAnchor = (anchor: string, report?: string) => AnchorPlace | undefined;

export function anchorLocator(reports: LoadedReport[]): LocateAnchor {
  const places = new Map<string, AnchorPlace[]>();
  for (const report of reports) {
    for (const chapter of report.chapters) {
      for (const unit of chapterUnits(chapter)) {
        places.set(unit.id, [...(places.get(unit.id) ?? []), { report: report.meta.slug, chapter: chapter.slug }]);
      }
    }
  }
  return (anchor, report) => places.get(anchor)?.find((place) => !report || place.report === report);
}
