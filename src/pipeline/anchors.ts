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

/** Where an anchor stands, without what it is: “§1.2”, “§2, no. 3”, “App. 1, no. 5” (“附录1 第5项”); the title block and the opening as “Title”, “Opening”. */
export function anchorPlace(id: string, lang: 'zh' | 'en' = 'en'): string {
  return parse(id, lang).where;
}

/**
 * The human form of an anchor, for citations and the margin: “§1.2, s.7”, “Opening, s.1”, “Title, l.2”,
 * “§2, no. 3, s.1”, “App. 1, no. 5, heading”.
 */
export function anchorLabel(id: string, lang: 'zh' | 'en' = 'en'): string {
  const { where, front, opening, sentence } = parse(id, lang);
  if (front) return lang === 'zh' ? `${where}第${front}行` : `${where}, l.${front}`;
  if (opening) return lang === 'zh' ? `${where}第${opening}句` : `${where}, s.${opening}`;
  if (lang === 'zh') return `${where} ${sentence ? `第${sentence}句` : '标题'}`;
  return `${where}, ${sentence ? `s.${sentence}` : 'heading'}`;
}

function parse(id: string, lang: 'zh' | 'en') {
  const m = ANCHOR_PATTERN.exec(id);
  if (!m) throw new Error(`not an anchor id: ${id}`);
  const [, front, opening, top, topNumber, path, sentence] = m;
  if (front) return { where: lang === 'zh' ? '标题' : 'Title', front };
  if (opening) return { where: lang === 'zh' ? '开场白' : 'Opening', opening };
  const steps = path!.split('-').slice(1);
  const numbers = steps.filter((s) => !s.startsWith('i'));
  const items = steps.filter((s) => s.startsWith('i')).map((s) => s.slice(1));
  const where =
    top === 'p'
      ? [`§${[topNumber, ...numbers].join('.')}`]
      : [lang === 'zh' ? `附录${topNumber}` : `App. ${topNumber}`, ...(numbers.length > 0 ? [`§${numbers.join('.')}`] : [])];
  where.push(...items.map((n) => (lang === 'zh' ? `第${n}项` : `no. ${n}`)));
  return { where: where.join(lang === 'zh' ? ' ' : ', '), sentence };
}
