/**
 * parseSeed: the text of a government work report → the report tree.
 * Pure: no I/O; the file name is only used in error messages.
 *
 * The genre's layout, as this parser reads it:
 *   title block        lines before the first 各位代表 (or the first part)
 *   opening address    from 各位代表： to the first part heading
 *   part heading       一、2014 年工作回顾          (a line of its own, no full stop)
 *   section            (一)调结构促转型，…。正文…  (half- or full-width brackets; the heading is
 *                      the first sentence of its paragraph, or a whole line without a full stop)
 *   address paragraph  各位代表！…                  (closes the running section: it speaks to the part)
 * A paragraph that stops without closing punctuation was cut by a page break
 * and goes on in the next one.
 */
import { EditionError } from './edition-error.ts';
import {
  frontId,
  openingSentenceId,
  partId,
  partSentenceId,
  sectionId,
  sectionSentenceId,
} from './anchors.ts';
import type { Paragraph, Part, ReportTree, Section, Unit } from './report-tree.ts';
import { splitSentences } from './split-sentences.ts';
import { chineseNumeral } from './chinese-numeral.ts';

/** Characters with no width that word processors and web pages leave behind; treated as whitespace. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const NUMERAL_CHAR = '[一二三四五六七八九十百]';
const NUMERAL = `${NUMERAL_CHAR}+`;
const PART_HEADING = new RegExp(`^(${NUMERAL})、(.+)$`, 'u');
const SECTION_MARK = new RegExp(`^[(（](${NUMERAL})[)）]`, 'u');
/** An opening bracket and a numeral with no closing bracket after it: “(一调结构…”. */
const UNCLOSED_SECTION_MARK = new RegExp(`^[(（](${NUMERAL})(?![)）]|${NUMERAL_CHAR})`, 'u');
const VOCATIVE = /^各位代表[：:！!，,]/u;
/** Marks that end a paragraph properly; anything else means a page break cut it. */
const PARAGRAPH_END = /[。！？!?：:；;…]["”’」』）)]*$/u;
const SENTENCE_END = /[。！？!?]/u;

interface SourceLine {
  text: string;
  line: number;
}

/** Lines of the seed with their numbers: invisible characters gone, edges (incl. U+3000 indents) trimmed, blank lines dropped. */
export function sourceLines(text: string): SourceLine[] {
  return text
    .replace(INVISIBLE, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, index) => ({ text: raw.replace(/\s+/gu, ' ').trim(), line: index + 1 }))
    .filter((l) => l.text !== '');
}

const isPartHeading = (text: string) => PART_HEADING.test(text) && !SENTENCE_END.test(text);
const isStandaloneSectionHeading = (text: string) => SECTION_MARK.test(text) && !SENTENCE_END.test(text);

/** Only closing quotes or brackets: a line of them extends the ending of the line before. */
const CLOSERS_ONLY = /^["”’」』）)]+$/u;

interface BodyParagraph extends SourceLine {
  /** The pieces a page break cut it into, in order (joined once, at the end: joining as we go is quadratic). */
  pieces: string[];
  isBody: boolean;
  hasSentenceEnd: boolean;
  endsProperly: boolean;
  characters: number;
}

/**
 * Rejoins paragraphs that a page break cut in two: a body paragraph that ends
 * without closing punctuation continues in the next body paragraph. Linear in the text:
 * each line is tested once, never the growing paragraph.
 */
function repairPageBreaks(lines: SourceLine[], file: string): SourceLine[] {
  const out: BodyParagraph[] = [];
  for (const current of lines) {
    const previous = out.at(-1);
    const isBody = !isPartHeading(current.text) && !isStandaloneSectionHeading(current.text);
    if (previous && previous.isBody && isBody && previous.hasSentenceEnd && !previous.endsProperly) {
      previous.pieces.push(current.text);
      previous.hasSentenceEnd ||= SENTENCE_END.test(current.text);
      previous.endsProperly = PARAGRAPH_END.test(current.text) || (previous.endsProperly && CLOSERS_ONLY.test(current.text));
      previous.characters += characterCount(current.text);
      checkParagraphSize(previous.characters, previous.line, file);
    } else {
      out.push({
        ...current,
        pieces: [current.text],
        isBody,
        hasSentenceEnd: SENTENCE_END.test(current.text),
        endsProperly: PARAGRAPH_END.test(current.text),
        characters: characterCount(current.text),
      });
    }
  }
  return out.map((p) => ({ text: p.pieces.join(''), line: p.line }));
}

/**
 * The longest paragraph the edition accepts, in characters. A real report's longest paragraph is
 * about 1,300; the search index's word segmentation slows down with the square of a run of text
 * (a 300,000-character line kept Pagefind busy for over a minute), so a paragraph of runaway
 * size — a file whose line breaks were lost, a paste gone wrong — stops the build instead.
 */
export const MAX_PARAGRAPH_CHARACTERS = 20_000;

const characterCount = (text: string) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

function checkParagraphSize(characters: number, line: number, file: string) {
  if (characters <= MAX_PARAGRAPH_CHARACTERS) return;
  throw new EditionError(
    file,
    line,
    `paragraph of ${characters.toLocaleString('en')} characters; the limit is ${MAX_PARAGRAPH_CHARACTERS.toLocaleString('en')}: expected paragraphs on lines of their own (were the line breaks lost?)`,
  );
}

export interface ParseOptions {
  /** Named in error messages. */
  file?: string;
}

export function parseSeed(text: string, options: ParseOptions = {}): ReportTree {
  const file = options.file ?? '<seed>';
  const lines = sourceLines(text);
  for (const l of lines) checkParagraphSize(characterCount(l.text), l.line, file);
  const firstBody = lines.findIndex((l) => VOCATIVE.test(l.text) || isPartHeading(l.text));
  if (lines.length === 0) throw new EditionError(file, undefined, 'the seed is empty: expected a report with parts 一、二、…');
  if (!lines.some((l) => isPartHeading(l.text))) {
    throw new EditionError(file, undefined, 'no parts found: expected part headings on lines of their own, like “一、2014 年工作回顾”');
  }

  // The title block is kept line by line: its lines are headings, not sentences.
  const front: Unit[] = lines.slice(0, firstBody).map((l, i) => ({ id: frontId(i + 1), kind: 'front', zh: l.text, line: l.line }));
  // Page breaks are repaired only in the body; a title line without a full stop is not a cut sentence.
  const body = repairPageBreaks(lines.slice(firstBody), file);

  const tree: ReportTree = { front, opening: [], parts: [] };
  let part: Part | undefined;
  let section: Section | undefined;
  let partSentences = 0;
  let sectionSentences = 0;
  let openingSentences = 0;

  const nextSentenceId = () => {
    if (!part) return openingSentenceId(++openingSentences);
    if (section) return sectionSentenceId(part.number, section.number, ++sectionSentences);
    return partSentenceId(part.number, ++partSentences);
  };
  const paragraphOf = (pieces: { zh: string; line: number }[], address: boolean): Paragraph => ({
    type: 'paragraph',
    address,
    units: pieces.map((p) => ({ id: nextSentenceId(), kind: 'sentence', zh: p.zh, line: p.line })),
  });

  for (const { text: t, line } of body) {
    const partMatch = isPartHeading(t) ? PART_HEADING.exec(t) : null;
    if (partMatch) {
      const number = chineseNumeral(partMatch[1]!);
      const expected = (part?.number ?? 0) + 1;
      if (number !== expected) {
        throw new EditionError(file, line, `part ${partMatch[1]}、 is out of order: expected part ${expected} after part ${expected - 1}`);
      }
      part = { type: 'part', id: partId(number), number, heading: { id: partId(number), kind: 'part-heading', zh: t, line }, blocks: [] };
      tree.parts.push(part);
      section = undefined;
      partSentences = 0;
      continue;
    }

    const unclosed = UNCLOSED_SECTION_MARK.exec(t);
    if (unclosed) {
      throw new EditionError(file, line, `unclosed bracket in a section heading: expected “(${unclosed[1]})” at the start of “${t.slice(0, 12)}…”`);
    }
    const sectionMatch = SECTION_MARK.exec(t);
    if (sectionMatch) {
      if (!part) throw new EditionError(file, line, `section ${sectionMatch[0]} comes before any part: expected a part heading like “一、…” first`);
      const number = chineseNumeral(sectionMatch[1]!);
      const expected = (section?.number ?? lastSectionNumber(part)) + 1;
      if (number !== expected) {
        throw new EditionError(file, line, `section ${sectionMatch[0]} is out of order in part ${part.number}: expected section ${expected}`);
      }
      const [headingText, ...rest] = SENTENCE_END.test(t) ? splitSentences(t) : [t];
      const id = sectionId(part.number, number);
      section = {
        type: 'section',
        id,
        number,
        heading: { id, kind: 'section-heading', zh: headingText!, line },
        runIn: rest.length > 0,
        paragraphs: [],
      };
      part.blocks.push(section);
      sectionSentences = 0;
      if (rest.length > 0) section.paragraphs.push(paragraphOf(rest.map((zh) => ({ zh, line })), false));
      continue;
    }

    const address = VOCATIVE.test(t);
    // An address to the deputies speaks for the whole part: it closes the running section.
    if (address) section = undefined;
    const paragraph = paragraphOf(splitSentences(t).map((zh) => ({ zh, line })), address);
    if (!part) tree.opening.push(paragraph);
    else if (section) section.paragraphs.push(paragraph);
    else part.blocks.push(paragraph);
  }
  return tree;
}

function lastSectionNumber(part: Part): number {
  const sections = part.blocks.filter((b): b is Section => b.type === 'section');
  return sections.at(-1)?.number ?? 0;
}
