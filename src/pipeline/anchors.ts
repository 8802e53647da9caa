/**
 * The anchor scheme: the one place that knows how an anchor id is made and read.
 *
 * Ids follow the report's own numbering, so a researcher can read them aloud. A division's id is
 * its path: the top-level division (`p` part, `a` appendix, by position), then the number of each
 * division below it; an item's number is written `i3`, so that it never reads as a section's:
 *   front-2      the 2nd line of the title block
 *   open-s1      sentence 1 of the opening address
 *   p1           the heading of part 一 (or of the first part, where the report numbers none)
 *   p1-s3        sentence 3 of part 一 outside its numbered sections
 *   p1-2         the heading of section (二) of part 一
 *   p1-2-s7      sentence 7 of section (二) of part 一   → cited as “§1.2, s.7”
 *   p2-i3        item 3. of part 二                      → “§2, no. 3, heading”
 *   a1           the heading of the first appendix (名词解释, 附件…)
 *   a1-i5-s1     sentence 1 of item 5 of appendix 1      → “App. 1, no. 5, s.1”
 *   a2-1-3       part 三 of the document attached as appendix 2 → “App. 2, §1.3, heading”
 * Sentences are counted within their division (not within its sub-divisions, nor within
 * paragraphs), so moving a page break or a blank line never renumbers anything.
 * The words of a label, in each language, are the interface strings' (src/i18n/anchor-label.ts).
 */
import type { DivisionKind } from './report-tree.ts';

export const frontId = (line: number) => `front-${line}`;
export const openingSentenceId = (n: number) => `open-s${n}`;
export const partId = (part: number) => `p${part}`;
export const appendixId = (position: number) => `a${position}`;
export const sentenceId = (divisionId: string, n: number) => `${divisionId}-s${n}`;

/** The id of a division below another: the parent's id and the child's number (`i` before an item's). */
export const childDivisionId = (parentId: string, kind: DivisionKind, number: number) => `${parentId}-${kind === 'item' ? 'i' : ''}${number}`;

const ANCHOR_PATTERN = /^(?:front-(\d+)|open-s(\d+)|([pa])(\d+)((?:-i?\d+)*)(?:-s(\d+))?)$/u;

export function isAnchorId(id: string): boolean {
  return ANCHOR_PATTERN.test(id);
}

/** Where a heading or sentence stands, read from its id. */
export interface DivisionPath {
  /** `part` for the body (p1…), `appendix` for what follows the closing address (a1…). */
  top: 'part' | 'appendix';
  /** The part's number, or the appendix's place. */
  number: number;
  /** The numbers of the divisions below it, outermost first: a section's; a document's and its part's. */
  numbers: number[];
  /** The numbers of the numbered items (1.…) it stands in, outermost first. */
  items: number[];
}

/** What an anchor id names, read from the id: the words for it, in each language, are in the interface strings (src/i18n/anchor-label.ts). */
export type AnchorParts =
  | { kind: 'front'; line: number }
  | { kind: 'opening'; sentence: number }
  | ({ kind: 'heading' } & DivisionPath)
  | ({ kind: 'sentence'; sentence: number } & DivisionPath);

export function anchorParts(id: string): AnchorParts {
  const m = ANCHOR_PATTERN.exec(id);
  if (!m) throw new Error(`not an anchor id: ${id}`);
  const [, front, opening, top, number, path, sentence] = m;
  if (front) return { kind: 'front', line: Number(front) };
  if (opening) return { kind: 'opening', sentence: Number(opening) };
  const steps = path!.split('-').slice(1);
  const where: DivisionPath = {
    top: top === 'p' ? 'part' : 'appendix',
    number: Number(number),
    numbers: steps.filter((s) => !s.startsWith('i')).map(Number),
    items: steps.filter((s) => s.startsWith('i')).map((s) => Number(s.slice(1))),
  };
  return sentence ? { kind: 'sentence', ...where, sentence: Number(sentence) } : { kind: 'heading', ...where };
}
