/**
 * The report tree: what the seed parser produces and every later stage reads.
 * The report is a recursive tree of divisions (parts, their sections, numbered items…) down to
 * paragraphs and their sentences, with the appendices after the closing address beside it.
 * Units (headings, sentences, title-block lines) are the smallest citable pieces;
 * each carries its permanent anchor id (see anchors.ts).
 */

/**
 * part      一、2024年工作回顾, or a heading without a numeral (2024年工作回顾) in a report that numbers none
 * section   （一）… within a part
 * item      1.… within a part or section, or a term of a 名词解释 list
 * appendix  after the closing address: 名词解释, 附件, 附件1 …
 * document  the attached document an appendix holds (附件 → 2025年10件惠民实事), with parts of its own
 */
export type DivisionKind = 'part' | 'section' | 'item' | 'appendix' | 'document';

export type UnitKind = 'front' | 'sentence' | `${DivisionKind}-heading`;

export interface Unit {
  /** Permanent anchor id, the same in every language (anchors.ts). */
  id: string;
  kind: UnitKind;
  /** The Chinese text exactly as in the seed (whitespace inside a line kept, edges trimmed). */
  zh: string;
  /** 1-based line of the seed on which the unit starts. */
  line: number;
}

export interface Paragraph {
  type: 'paragraph';
  /** Opens with the vocative 各位代表 (“Fellow Deputies”): a direct address to the congress. */
  address: boolean;
  units: Unit[];
}

export interface Division {
  type: 'division';
  kind: DivisionKind;
  /** Depth: 1 for a part or an appendix, one more for each division it stands in. */
  level: number;
  /** The number the report gives it (一 → 1, (三) → 3, 12. → 12); absent where it gives none. */
  number?: number;
  /** 1-based place among its parent's divisions of the same kind: what numbers it where the report does not. */
  position: number;
  /** The anchor of its heading, made from its path (anchors.ts). */
  id: string;
  heading: Unit;
  /** The heading is the first sentence (or term) of a paragraph that goes on, not a line of its own. */
  runIn: boolean;
  /** Its paragraphs and divisions in reading order. */
  children: (Paragraph | Division)[];
  /** Set on an appendix that explains terms (名词解释): its items are the report's own glossary (ReportTree.explainedTerms). */
  explainsTerms?: true;
}

/** A term a report explains in its own 名词解释 list. */
export interface ExplainedTerm {
  /** The anchor of the item that explains it: the entry's id and its source. */
  anchor: string;
  /** The term as the list writes it (“两重”), without the item's numeral and the colon. */
  term: string;
  /** The forms to find in the report's text: the term, without its quotation marks, or each term of a pair (“一单制”“一箱制”). */
  forms: string[];
  /** The anchors of the explanation's sentences, in order. */
  explanation: Unit[];
}

export interface ReportTree {
  /** Title block: title, occasion and date, speaker (one unit per line). */
  front: Unit[];
  /** The opening address (各位代表：现在，我代表…), before the first part. */
  opening: Paragraph[];
  /** The body's top-level divisions; the closing address stays with the last. */
  parts: Division[];
  /** After the closing address: 名词解释, 附件 …, each a division of kind `appendix`. */
  appendices: Division[];
  /** The terms the report's own 名词解释 lists explain, in their order. */
  explainedTerms: ExplainedTerm[];
}

export const isDivision = (node: Paragraph | Division): node is Division => node.type === 'division';

/** A division's sub-divisions. */
export const subdivisions = (division: Division): Division[] => division.children.filter(isDivision);

/** Every unit of a division in reading order: its heading, then its paragraphs and divisions. */
export function divisionUnits(division: Division): Unit[] {
  const units: Unit[] = [division.heading];
  for (const child of division.children) units.push(...(isDivision(child) ? divisionUnits(child) : child.units));
  return units;
}

/** Every division at and below the given ones, depth first, with its depth below them (0 for each given one). */
export function* walkDivisions(divisions: Division[], depth = 0): Generator<{ division: Division; depth: number }> {
  for (const division of divisions) {
    yield { division, depth };
    yield* walkDivisions(subdivisions(division), depth + 1);
  }
}

/** Every unit of the report in reading order. */
export function unitsInReadingOrder(tree: Pick<ReportTree, 'front' | 'opening' | 'parts'> & Partial<Pick<ReportTree, 'appendices'>>): Unit[] {
  return [...tree.front, ...tree.opening.flatMap((p) => p.units), ...[...tree.parts, ...(tree.appendices ?? [])].flatMap(divisionUnits)];
}
