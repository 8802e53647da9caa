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

/** The human form of an anchor, for citations and the margin: “§1.2, s.7”, “Opening, s.1”, “Title, l.2”. */
export function anchorLabel(id: string, lang: 'zh' | 'en' = 'en'): string {
  const m = ANCHOR_PATTERN.exec(id);
  if (!m) throw new Error(`not an anchor id: ${id}`);
  const [, front, opening, part, section, sentence] = m;
  if (front) return lang === 'zh' ? `标题第${front}行` : `Title, l.${front}`;
  if (opening) return lang === 'zh' ? `开场白第${opening}句` : `Opening, s.${opening}`;
  const where = section ? `§${part}.${section}` : `§${part}`;
  if (!sentence) return lang === 'zh' ? `${where} 标题` : `${where}, heading`;
  return lang === 'zh' ? `${where} 第${sentence}句` : `${where}, s.${sentence}`;
}
