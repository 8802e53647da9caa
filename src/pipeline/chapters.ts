/**
 * How the report is cut into chapters (pages): one chapter per part; the title block
 * and the opening address go with the first, and the closing address — the last part's
 * final paragraphs — stays with the last.
 */
import type { Paragraph, Part, ReportTree, Unit } from './report-tree.ts';
import { unitsInReadingOrder } from './report-tree.ts';

export interface Chapter {
  /** URL segment: `part-1`, `part-2`… */
  slug: string;
  number: number;
  part: Part;
  /** The title block (first chapter only). */
  front: Unit[];
  /** The opening address (first chapter only). */
  opening: Paragraph[];
}

export const chapterSlug = (partNumber: number) => `part-${partNumber}`;

export function chaptersOf(tree: ReportTree): Chapter[] {
  return tree.parts.map((part, i) => ({
    slug: chapterSlug(part.number),
    number: part.number,
    part,
    front: i === 0 ? tree.front : [],
    opening: i === 0 ? tree.opening : [],
  }));
}

/** Every unit of a chapter, in reading order. */
export function chapterUnits(chapter: Chapter): Unit[] {
  return unitsInReadingOrder({ front: chapter.front, opening: chapter.opening, parts: [chapter.part] });
}

