/**
 * How the report is cut into chapters (pages): one chapter per part, then one per appendix;
 * the title block and the opening address go with the first, and the closing address — the
 * last part's final paragraphs — stays with the last part.
 */
import type { Division, Paragraph, ReportTree, Unit } from './report-tree.ts';
import { divisionUnits } from './report-tree.ts';

export type ChapterKind = 'part' | 'appendix';

export interface Chapter {
  /** URL segment: `part-1`, `part-2`…, `appendix-1`… */
  slug: string;
  kind: ChapterKind;
  /** 1-based place among the chapters of its kind. */
  number: number;
  /** The part or appendix the chapter shows. */
  division: Division;
  /** The title block (first chapter only). */
  front: Unit[];
  /** The opening address (first chapter only). */
  opening: Paragraph[];
}

export const chapterSlug = (kind: ChapterKind, number: number) => `${kind}-${number}`;

export function chaptersOf(tree: ReportTree): Chapter[] {
  const chapter = (kind: ChapterKind) => (division: Division, i: number, all: Division[]): Chapter => {
    const first = kind === 'part' && division === all[0];
    return { slug: chapterSlug(kind, i + 1), kind, number: i + 1, division, front: first ? tree.front : [], opening: first ? tree.opening : [] };
  };
  return [...tree.parts.map(chapter('part')), ...tree.appendices.map(chapter('appendix'))];
}

/** Every unit of a chapter, in reading order. */
export function chapterUnits(chapter: Chapter): Unit[] {
  return [...chapter.front, ...chapter.opening.flatMap((p) => p.units), ...divisionUnits(chapter.division)];
}
