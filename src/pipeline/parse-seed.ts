/**
 * parseSeed: the text of a report → the report tree (report-tree.ts), following a genre profile
 * (genre-profile.ts) that says what the report's markers look like; this file holds no pattern of its own.
 * Pure: no I/O; the file name is only used in error messages.
 *
 * How a government work report is read, in order:
 *   1. lines: invisible characters dropped, edges (incl. U+3000 indents) trimmed, blank lines dropped
 *   2. title block: the lines before the opening address (各位代表：) or the first part heading
 *   3. paragraphs: a body line that has a sentence end but stops without closing punctuation
 *      was cut by a page break and goes on in the next line (headings are never joined)
 *   4. appendices: from the first line that names one (名词解释, 附件1 …) on, each up to the next
 *   5. divisions: parts (一、… on lines of their own; in a report that numbers none, short heading lines
 *      between paragraphs), sections ((一)…, a line of its own or the first sentence of its paragraph),
 *      numbered items (1.…) in a part or section; an address to the deputies (各位代表！…) speaks for the
 *      whole part and closes its sections. An appendix holds a 名词解释 list (items `term：explanation`) or
 *      an attached document (a title line, then parts of its own, whose numbering starts again).
 */
import { EditionError } from './edition-error.ts';
import { appendixId, childDivisionId, frontId, openingSentenceId, partId, sentenceId } from './anchors.ts';
import type { Division, DivisionKind, ExplainedTerm, Paragraph, ReportTree, Unit } from './report-tree.ts';
import { splitSentences } from './split-sentences.ts';
import { chineseNumeral } from './chinese-numeral.ts';
import { DEFAULT_PROFILE, type GenreProfile, type LevelMarker, type MarkedKind } from './genre-profile.ts';

/** Characters with no width that word processors and web pages leave behind; treated as whitespace. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;

export interface SourceLine {
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
  /** The layout to read; the government work report's by default. */
  profile?: GenreProfile;
}

/** What the profile's patterns say about one paragraph, asked in one place. */
function layoutOf(profile: GenreProfile) {
  const levelOf = (kind: MarkedKind) => profile.levels.find((l) => l.kind === kind);
  const hasSentenceEnd = (text: string) => profile.sentenceEnd.test(text);
  const marked = (level: LevelMarker | undefined, text: string) => (level ? level.marker.exec(text) : null);
  const { maxCharacters, punctuation, notAtStart } = profile.unnumberedHeading;
  return {
    part: levelOf('part'),
    section: levelOf('section'),
    item: levelOf('item'),
    hasSentenceEnd,
    endsProperly: (text: string) => profile.paragraphEnd.test(text),
    isAddress: (text: string) => profile.address.test(text),
    isAppendixLabel: (text: string) => profile.appendix.label.test(text),
    /** A part heading on a line of its own: 一、2014 年工作回顾. */
    isPartLine: (text: string) => marked(levelOf('part'), text) !== null && !hasSentenceEnd(text),
    /** A heading on a line of its own, which a page break never joins to its neighbours. */
    isHeadingLine: (text: string) => (profile.levels.some((level) => level.marker.test(text)) && !hasSentenceEnd(text)) || profile.appendix.label.test(text),
    /** Short, no punctuation, no marker: the shape of a heading without a numeral, or of an attached document's title. */
    looksLikeBareHeading: (text: string) =>
      Array.from(text).length <= maxCharacters && !punctuation.test(text) && !notAtStart.test(text) && !profile.levels.some((level) => level.marker.test(text)) && !profile.address.test(text),
  };
}
type Layout = ReturnType<typeof layoutOf>;

/**
 * Rejoins paragraphs that a page break cut in two: a body paragraph that has a sentence end but stops
 * without closing punctuation continues in the next body paragraph. Each line is tested once and the
 * pieces are joined at the end, so the work is linear in the text; every finished paragraph passes
 * through `paragraph`, the one place to check a paragraph as a whole.
 */
function repairPageBreaks(lines: SourceLine[], layout: Layout, paragraph: (p: SourceLine) => void = () => {}): SourceLine[] {
  interface Open extends SourceLine {
    pieces: string[];
    heading: boolean;
    hasSentenceEnd: boolean;
    endsProperly: boolean;
  }
  const out: Open[] = [];
  for (const current of lines) {
    const previous = out.at(-1);
    const heading = layout.isHeadingLine(current.text);
    if (previous && !previous.heading && !heading && previous.hasSentenceEnd && !previous.endsProperly) {
      previous.pieces.push(current.text);
      previous.hasSentenceEnd = true;
      previous.endsProperly = layout.endsProperly(current.text);
    } else {
      out.push({ ...current, pieces: [current.text], heading, hasSentenceEnd: layout.hasSentenceEnd(current.text), endsProperly: layout.endsProperly(current.text) });
    }
  }
  return out.map((p) => {
    const joined = { text: p.pieces.join(''), line: p.line };
    paragraph(joined);
    return joined;
  });
}

const NO_PARTS = 'no parts found: expected part headings on lines of their own, like “一、2014 年工作回顾” (or, in a report that numbers no part, short heading lines between paragraphs, like “2024年工作回顾”)';

export function parseSeed(text: string, options: ParseOptions = {}): ReportTree {
  const file = options.file ?? '<seed>';
  const profile = options.profile ?? DEFAULT_PROFILE;
  const layout = layoutOf(profile);
  const lines = sourceLines(text);
  // Before any pattern runs over it: a runaway line stops here.
  for (const l of lines) checkParagraphSize(characterCount(l.text), l.line, file);
  if (lines.length === 0) throw new EditionError(file, undefined, 'the seed is empty: expected a report with parts 一、二、…');
  const firstBody = lines.findIndex((l) => layout.isAddress(l.text) || layout.isPartLine(l.text));
  if (firstBody === -1) throw new EditionError(file, undefined, NO_PARTS);

  // The title block is kept line by line: its lines are headings, not sentences, and never joined.
  const front: Unit[] = lines.slice(0, firstBody).map((l, i) => ({ id: frontId(i + 1), kind: 'front', zh: l.text, line: l.line }));
  // Page breaks are repaired only from the opening address on; a title line without a full stop is not a cut sentence.
  const paragraphs = repairPageBreaks(lines.slice(firstBody), layout, (p) => checkParagraphSize(characterCount(p.text), p.line, file));

  const firstAppendix = paragraphs.findIndex((p) => layout.isAppendixLabel(p.text));
  const body = firstAppendix === -1 ? paragraphs : paragraphs.slice(0, firstAppendix);
  const appendixParagraphs = firstAppendix === -1 ? [] : paragraphs.slice(firstAppendix);

  const builder = treeBuilder(file, profile, layout);
  const opening = builder.body(body);
  const appendices = builder.appendices(appendixParagraphs);
  return { front, opening: opening.paragraphs, parts: opening.parts, appendices, explainedTerms: builder.explainedTerms() };
}

/** A division being filled, with the counters its anchors are made from. */
interface Frame {
  division: Division;
  sentences: number;
  /** Per kind of sub-division: how many it has, and the number the last one gave. */
  count: Partial<Record<DivisionKind, number>>;
  last: Partial<Record<DivisionKind, number>>;
}

const frameOf = (division: Division): Frame => ({ division, sentences: 0, count: {}, last: {} });

function numeralValue(level: LevelMarker, numeral: string): number {
  return level.numeral === 'chinese' ? chineseNumeral(numeral) : Number.parseInt(numeral, 10);
}

function treeBuilder(file: string, profile: GenreProfile, layout: Layout) {
  /** The items of 名词解释 lists, read into explained terms once their explanations are complete. */
  const glossaryItems: { item: Division; markerLength: number }[] = [];

  /** Sentences of a paragraph, numbered in the division (or the opening) they belong to. */
  const paragraphIn = (frame: Frame | undefined, pieces: string[], line: number, address: boolean, opening: { sentences: number }): Paragraph => ({
    type: 'paragraph',
    address,
    units: pieces.map((zh) => ({ id: frame ? sentenceId(frame.division.id, ++frame.sentences) : openingSentenceId(++opening.sentences), kind: 'sentence', zh, line })),
  });

  /** Opens a division in `parent`: its heading unit, its id from the path, and the rest of a run-in paragraph. */
  function open(parent: Frame, kind: DivisionKind, number: number | undefined, heading: string, rest: string[], line: number, id?: string): Frame {
    const position = (parent.count[kind] = (parent.count[kind] ?? 0) + 1);
    if (number !== undefined) parent.last[kind] = number;
    const divisionId = id ?? childDivisionId(parent.division.id, kind, number ?? position);
    const division: Division = {
      type: 'division',
      kind,
      level: parent.division.level + 1,
      ...(number === undefined ? {} : { number }),
      position,
      id: divisionId,
      heading: { id: divisionId, kind: `${kind}-heading`, zh: heading, line },
      runIn: rest.length > 0,
      children: [],
    };
    parent.division.children.push(division);
    const frame = frameOf(division);
    if (rest.length > 0) division.children.push(paragraphIn(frame, rest, line, false, { sentences: 0 }));
    return frame;
  }

  /** A heading and what follows it in the same paragraph, by the level's rule. */
  function splitHeading(text: string, rule: LevelMarker['heading'], glossary: boolean): [string, string[]] {
    if (glossary) {
      const at = text.search(profile.appendix.termSeparator);
      if (at !== -1) {
        const rest = text.slice(at + 1).trim();
        return [text.slice(0, at + 1), rest === '' ? [] : splitSentences(rest)];
      }
    }
    if (rule === 'line' || !layout.hasSentenceEnd(text)) return [text, []];
    const [heading, ...rest] = splitSentences(text);
    return [heading!, rest];
  }

  /**
   * Reads paragraphs into the divisions of `root` (the body, or one appendix). `stack` holds the open
   * divisions, outermost first; each marker closes what it cannot stand in and opens its division.
   */
  function fill(root: Frame, paragraphs: SourceLine[], context: { body: boolean; glossary: boolean; partStarts: Set<SourceLine> }) {
    const stack: Frame[] = [root];
    const opening = { sentences: 0, paragraphs: [] as Paragraph[] };
    const top = () => stack.at(-1)!;
    const closeTo = (keep: (frame: Frame) => boolean) => {
      while (stack.length > 1 && !keep(top())) stack.pop();
    };
    const innermost = (kinds: DivisionKind[]) => [...stack].reverse().find((f) => kinds.includes(f.division.kind) || f === root);
    const { part, section, item } = layout;

    for (const p of paragraphs) {
      const { text: t, line } = p;

      // Parts: in the body a line of its own (or, where the report numbers none, a bare heading line); in an attached document, run-in too.
      const partMatch = part ? part.marker.exec(t) : null;
      const partHere = context.body
        ? context.partStarts.has(p)
        : partMatch !== null && root.division.kind === 'document' && (profile.documentPartHeading === 'first-sentence' || !layout.hasSentenceEnd(t));
      if (partHere && part) {
        closeTo((f) => f === root);
        const parent = root;
        const number = partMatch ? numeralValue(part, partMatch[1]!) : undefined;
        if (number !== undefined) {
          const expected = (parent.last.part ?? 0) + 1;
          if (number !== expected) throw new EditionError(file, line, `part ${partMatch![1]}、 is out of order: expected part ${expected} after part ${expected - 1}`);
        }
        const [heading, rest] = context.body ? [t, []] : splitHeading(t, profile.documentPartHeading, false);
        const id = context.body ? partId(number ?? (parent.count.part ?? 0) + 1) : undefined;
        stack.push(open(parent, 'part', number, heading, rest, line, id));
        continue;
      }

      const unclosed = section?.unclosed?.exec(t);
      if (unclosed) throw new EditionError(file, line, `unclosed bracket in a section heading: expected “(${unclosed[1]})” at the start of “${t.slice(0, 12)}…”`);

      const sectionMatch = section ? section.marker.exec(t) : null;
      if (sectionMatch && section) {
        closeTo((f) => f === root || f.division.kind === 'part' || f.division.kind === 'document' || f.division.kind === 'appendix');
        const parent = top();
        if (parent === root && context.body) throw new EditionError(file, line, `section ${sectionMatch[0]} comes before any part: expected a part heading like “一、…” first`);
        const number = numeralValue(section, sectionMatch[1]!);
        const expected = (parent.last.section ?? 0) + 1;
        if (number !== expected) {
          throw new EditionError(file, line, `section ${sectionMatch[0]} is out of order in ${describe(parent.division)}: expected section ${expected}`);
        }
        const [heading, rest] = splitHeading(t, section.heading, false);
        stack.push(open(parent, 'section', number, heading, rest, line));
        continue;
      }

      const itemMatch = item ? item.marker.exec(t) : null;
      if (itemMatch && item) {
        const parent = innermost(['part', 'section', 'document', 'appendix'])!;
        const number = numeralValue(item, itemMatch[1]!);
        const expected = (parent.last.item ?? 0) + 1;
        const decimal = item.figure?.test(t.slice(itemMatch[0].length)) ?? false;
        const inList = expected > 1;
        if (parent !== root || !context.body) {
          if (number === expected && !(decimal && !inList)) {
            closeTo((f) => f === parent);
            const [heading, rest] = splitHeading(t, item.heading, context.glossary);
            const frame = open(parent, 'item', number, heading, rest, line);
            stack.push(frame);
            if (context.glossary) glossaryItems.push({ item: frame.division, markerLength: itemMatch[0].length });
            continue;
          }
          if (inList && !decimal) throw new EditionError(file, line, `item ${itemMatch[0]} is out of order in ${describe(parent.division)}: expected item ${expected}`);
        }
      }

      const address = context.body && layout.isAddress(t);
      // An address to the deputies speaks for the whole part: it closes the running section and item.
      if (address) closeTo((f) => f === root || f.division.kind === 'part');
      const frame = top() === root && context.body ? undefined : top();
      const paragraph = paragraphIn(frame, splitSentences(t), line, address, opening);
      if (frame) frame.division.children.push(paragraph);
      else opening.paragraphs.push(paragraph);
    }
    return opening.paragraphs;
  }

  function describe(division: Division): string {
    const where = division.number ?? division.position;
    return division.kind === 'appendix' ? `appendix ${where}` : `${division.kind} ${where}`;
  }

  /** A 名词解释 item → the term it explains: “5.“1+3”财政金融互动：…” explains “1+3”财政金融互动. */
  function explainedTerm(item: Division, markerLength: number): ExplainedTerm {
    const term = item.heading.zh
      .slice(markerLength)
      .replace(new RegExp(`(?:${profile.appendix.termSeparator.source}|${profile.sentenceEnd.source})$`, 'u'), '')
      .trim();
    const explanation = item.children.flatMap((c) => (c.type === 'paragraph' ? c.units : []));
    return { anchor: item.id, term, forms: termForms(term), explanation };
  }

  return {
    explainedTerms: () => withQuotedCores(glossaryItems.map(({ item, markerLength }) => explainedTerm(item, markerLength))),

    body(paragraphs: SourceLine[]) {
      const partStarts = new Set(partHeadings(paragraphs, layout));
      if (partStarts.size === 0) throw new EditionError(file, undefined, NO_PARTS);
      const root = frameOf({ type: 'division', kind: 'part', level: 0, position: 0, id: '', heading: { id: '', kind: 'part-heading', zh: '', line: 0 }, runIn: false, children: [] });
      const opening = fill(root, paragraphs, { body: true, glossary: false, partStarts });
      return { paragraphs: opening, parts: root.division.children as Division[] };
    },

    appendices(paragraphs: SourceLine[]): Division[] {
      const root = frameOf({ type: 'division', kind: 'appendix', level: 0, position: 0, id: '', heading: { id: '', kind: 'appendix-heading', zh: '', line: 0 }, runIn: false, children: [] });
      const starts = paragraphs.flatMap((p, i) => (layout.isAppendixLabel(p.text) ? [i] : []));
      starts.forEach((start, i) => {
        const label = paragraphs[start]!;
        const position = i + 1;
        const number = /\d+/u.exec(label.text)?.[0];
        const appendix = open(root, 'appendix', number === undefined ? undefined : Number(number), label.text, [], label.line, appendixId(position));
        // Its numbering is its place: “附件1” may follow “名词解释”. The label's own number stays in `number`.
        let content = paragraphs.slice(start + 1, starts[i + 1] ?? paragraphs.length);
        const glossary = profile.appendix.glossary.test(label.text);
        if (glossary) appendix.division.explainsTerms = true;
        let frame = appendix;
        const title = content[0];
        if (!glossary && title && layout.looksLikeBareHeading(title.text) && content.length > 1) {
          frame = open(appendix, 'document', undefined, title.text, [], title.line);
          content = content.slice(1);
        }
        fill(frame, content, { body: false, glossary, partStarts: new Set() });
      });
      return root.division.children as Division[];
    },
  };
}

/**
 * The paragraphs of the body that open a part: the numbered part headings on lines of their own; in a
 * report that numbers no part, the bare heading lines (short, no punctuation, no marker) that stand
 * between two paragraphs of text.
 */
function partHeadings(body: SourceLine[], layout: Layout): SourceLine[] {
  const numbered = body.filter((p) => layout.isPartLine(p.text));
  if (numbered.length > 0) return numbered;
  return body.filter((p, i) => {
    const before = body[i - 1];
    const after = body[i + 1];
    return before !== undefined && after !== undefined && layout.looksLikeBareHeading(p.text) && !layout.looksLikeBareHeading(before.text) && !layout.looksLikeBareHeading(after.text);
  });
}

/**
 * The forms under which an explained term is found in the report's text: a term in quotation marks
 * without them (“两重” → 两重), a pair or list of terms one by one (“一单制”“一箱制”, 一单制、一箱制),
 * anything else as written (稳增长“18条”).
 */
export function termForms(term: string): string[] {
  const quoted = [...term.matchAll(/“([^“”]+)”/gu)].map((m) => m[1]!);
  if (quoted.length > 0 && /^(?:“[^“”]+”[、，,]?)+$/u.test(term)) return quoted;
  if (!/[“”（）()《》]/u.test(term) && term.includes('、')) return term.split('、').filter((f) => f !== '');
  return [term];
}

/**
 * A term with one quoted expression inside it (高原特色农业“六项重点工作”) is also found by that expression
 * alone, as the report's text often shortens it (做实“六项重点工作”) — unless two terms share the expression
 * (“1+8”) or it is another term's own form.
 */
function withQuotedCores(terms: ExplainedTerm[]): ExplainedTerm[] {
  const coreOf = (term: string) => {
    const quoted = [...term.matchAll(/“([^“”]+)”/gu)];
    return quoted.length === 1 && quoted[0]![0] !== term ? quoted[0]![1]! : undefined;
  };
  const forms = new Set(terms.flatMap((t) => t.forms));
  const cores = terms.map((t) => coreOf(t.term));
  return terms.map((t, i) => {
    const core = cores[i];
    const unique = core !== undefined && !forms.has(core) && cores.filter((c) => c === core).length === 1;
    return unique ? { ...t, forms: [...t.forms, core] } : t;
  });
}
