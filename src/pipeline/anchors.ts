/**
 * The anchor scheme: the one place that knows how an anchor id is made and read.
 *
 * Ids follow the report's own numbering, so a researcher can read them aloud:
 *   front-2      the 2nd line of the title block
 *   open-s1      sentence 1 of the opening address
 *   p1           the heading of part 一
 *   p1-s3        sentence 3 of part 一 outside its numbered sections
 *   p1-2         the heading of section (二) of part 一
 *   p1-2-s7      sentence 7 of section (二) of part 一   → cited as “§1.2, s.7”
 * Sentences are counted within their section (or part), not within paragraphs,
 * so moving a page break or a blank line never renumbers anything.
 */

export const frontId = (line: number) => `front-${line}`;
export const openingSentenceId = (n: number) => `open-s${n}`;
export const partId = (part: number) => `p${part}`;
export const partSentenceId = (part: number, n: number) => `p${part}-s${n}`;
export const sectionId = (part: number, section: number) => `p${part}-${section}`;
export const sectionSentenceId = (part: number, section: number, n: number) => `p${part}-${section}-s${n}`;

const ANCHOR_PATTERN = /^(?:front-(\d+)|open-s(\d+)|p(\d+)(?:-(\d+))?(?:-s(\d+))?)$/;

export function isAnchorId(id: string): boolean {
  return ANCHOR_PATTERN.test(id);
}

/** What an anchor id names, read from the id: the words for it, in each language, are in the interface strings (src/i18n/anchor-label.ts). */
export type AnchorParts =
  | { kind: 'front'; line: number }
  | { kind: 'opening'; sentence: number }
  | { kind: 'heading'; part: number; section?: number }
  | { kind: 'sentence'; part: number; section?: number; sentence: number };

export function anchorParts(id: string): AnchorParts {
  const m = ANCHOR_PATTERN.exec(id);
  if (!m) throw new Error(`not an anchor id: ${id}`);
  const [, front, opening, part, section, sentence] = m;
  if (front) return { kind: 'front', line: Number(front) };
  if (opening) return { kind: 'opening', sentence: Number(opening) };
  const where = { part: Number(part), ...(section ? { section: Number(section) } : {}) };
  return sentence ? { kind: 'sentence', ...where, sentence: Number(sentence) } : { kind: 'heading', ...where };
}
