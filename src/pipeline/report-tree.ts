/**
 * The report tree: what the seed parser produces and every later stage reads.
 * Units (headings, sentences, front-matter lines) are the smallest citable pieces;
 * each carries its permanent anchor id (see anchors.ts).
 */

export type UnitKind = 'front' | 'part-heading' | 'section-heading' | 'sentence';

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

export interface Section {
  type: 'section';
  id: string;
  /** 1-based number, from the bracketed numeral (一)(二)… */
  number: number;
  heading: Unit;
  /** The heading is the first sentence of a paragraph that goes on (as in this seed), not a line of its own. */
  runIn: boolean;
  paragraphs: Paragraph[];
}

export interface Part {
  type: 'part';
  id: string;
  /** 1-based number, from the numeral of 一、二、三… */
  number: number;
  heading: Unit;
  /** Paragraphs addressed to the whole part and its numbered sections, in reading order. */
  blocks: (Paragraph | Section)[];
}

export interface ReportTree {
  /** Title block: title, occasion and date, speaker (one unit per line). */
  front: Unit[];
  /** The opening address (各位代表：现在，我代表…), before the first part. */
  opening: Paragraph[];
  parts: Part[];
}

/** Every unit of the report in reading order. */
export function unitsInReadingOrder(tree: ReportTree): Unit[] {
  const units: Unit[] = [...tree.front];
  for (const paragraph of tree.opening) units.push(...paragraph.units);
  for (const part of tree.parts) {
    units.push(part.heading);
    for (const block of part.blocks) {
      if (block.type === 'section') {
        units.push(block.heading);
        for (const paragraph of block.paragraphs) units.push(...paragraph.units);
      } else {
        units.push(...block.units);
      }
    }
  }
  return units;
}
