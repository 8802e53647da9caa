/**
 * A genre profile: how the reports of one genre lay out their text, as data the seed parser
 * (parse-seed.ts) and the title-block reader (title-block.ts) follow. The parser holds no
 * pattern of its own; a report whose layout differs names another profile in its metadata
 * (`profile:` in `<name>.meta.yaml`), and adding one is adding an entry to GENRE_PROFILES.
 */

/** The numerals that number parts and sections: 一 … 十九, 二十 … */
const CHINESE_NUMERAL = '[一二三四五六七八九十百]+';

export type NumeralSystem = 'chinese' | 'arabic';

/** The kinds of division a level marker opens (an appendix and its attached document are found otherwise). */
export type MarkedKind = 'part' | 'section' | 'item';

export interface LevelMarker {
  kind: MarkedKind;
  /** The marker at the start of a paragraph; group 1 is its numeral. */
  marker: RegExp;
  numeral: NumeralSystem;
  /**
   * Where the heading stands: `line` — a line of its own with no sentence end (a line with one is a
   * paragraph that happens to start like a heading); `first-sentence` — the whole line without a sentence
   * end, or else the first sentence of its paragraph (a run-in heading, the paragraph goes on after it).
   */
  heading: 'line' | 'first-sentence';
  /** An opening of the marker that is never closed (“(一调结构…”): an error, not a paragraph. Group 1 is the numeral. */
  unclosed?: RegExp;
  /**
   * What, right after the marker, makes it a figure rather than a numbered item (1.5万亿元…) — unless its
   * number is the next one of a running list (8.6个重大科技专项 is item 8).
   */
  figure?: RegExp;
}

export interface GenreProfile {
  id: string;
  /** Division markers of the body, outermost first: each level nests in the one before. */
  levels: LevelMarker[];
  /**
   * Inside an attached document (附件) the same markers apply, but a part heading may run in
   * (“一、为老年人提供…。…”): the document is a list, not a speech with headings on lines of their own.
   */
  documentPartHeading: LevelMarker['heading'];
  /** The address to the congress (各位代表：/！/，): opens the speech; later, it speaks for the whole part and closes its sections. */
  address: RegExp;
  /** Marks that end a sentence. */
  sentenceEnd: RegExp;
  /**
   * Marks that end a paragraph properly, closing quotes allowed after them. A body paragraph that
   * contains a sentence end but stops without one of these was cut by a page break and goes on in the next.
   */
  paragraphEnd: RegExp;
  /**
   * A heading without a numeral (“2024年工作回顾”), used by reports that number no part: a paragraph of
   * at most `maxCharacters`, with none of `punctuation` in it, that opens with none of `notAtStart`,
   * standing between body paragraphs.
   */
  unnumberedHeading: { maxCharacters: number; punctuation: RegExp; notAtStart: RegExp };
  /** Appendices after the closing address: a line of its own that names one. */
  appendix: {
    /** `名词解释`, `附件`, `附件1`, `附件2 名词解释`. */
    label: RegExp;
    /** An appendix whose label says it explains terms: its numbered items are `term：explanation`. */
    glossary: RegExp;
    /** Between an explained term and its explanation. */
    termSeparator: RegExp;
  };
  /** The title block (the lines before the opening address), as report:add reads it. */
  titleBlock: {
    /** The report's title; group 1 the year. */
    title: RegExp;
    /** When and where it was delivered: groups year, month, day, the congress session; the rest may name the speaker. */
    occasion: RegExp;
    /** Who delivered it: group 1 the office, group 2 the name. */
    speaker: RegExp;
    /** The place whose congress it is, at the start of the session's name: group 1. */
    place: RegExp;
    /** The suffix that follows a speaker named on the occasion line (“…浙江省代省长刘捷作政府工作报告”). */
    deliveredBy: RegExp;
  };
}

const SECTION_BRACKETS = { open: '[(（]', close: '[)）]' };

/** Chinese government work reports: State Council, provincial and municipal (政府工作报告). */
export const GOVERNMENT_WORK_REPORT: GenreProfile = {
  id: 'government-work-report',
  levels: [
    { kind: 'part', marker: new RegExp(`^(${CHINESE_NUMERAL})、`, 'u'), numeral: 'chinese', heading: 'line' },
    {
      kind: 'section',
      marker: new RegExp(`^${SECTION_BRACKETS.open}(${CHINESE_NUMERAL})${SECTION_BRACKETS.close}`, 'u'),
      numeral: 'chinese',
      heading: 'first-sentence',
      unclosed: new RegExp(`^${SECTION_BRACKETS.open}(${CHINESE_NUMERAL})(?!${SECTION_BRACKETS.close}|[一二三四五六七八九十百])`, 'u'),
    },
    // Arabic numerals with a half- or full-width full stop: 1.医疗卫生方面。/ 3．10种有色金属：…
    { kind: 'item', marker: /^(\d{1,3})[.．]/u, numeral: 'arabic', heading: 'first-sentence', figure: /^\d/u },
  ],
  documentPartHeading: 'first-sentence',
  address: /^各位代表[：:！!，,]/u,
  sentenceEnd: /[。！？!?]/u,
  paragraphEnd: /[。！？!?：:；;…]["”’」』）)]*$/u,
  unnumberedHeading: { maxCharacters: 24, punctuation: /[。！？!?：:；;，,、…]/u, notAtStart: /^[—–-]/u },
  appendix: {
    label: /^(?:附件\s*(\d{0,2})(?:\s*名词解释)?|名词解释)$/u,
    glossary: /名词解释/u,
    termSeparator: /[：:]/u,
  },
  titleBlock: {
    title: /^(\d{4})\s*年.*政府工作报告$/u,
    occasion: /^[—–-]*\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在\s*(.+?人民代表大会.*?会议)\s*上\s*(.*)$/u,
    speaker: /^(.*?(?:总理|省长|市长|区长|县长|州长|盟长|主席))\s*([\p{Script=Han}·]{2,4})$/u,
    place: /^(.+?(?:自治区|自治州|特别行政区|省|市|区|县|州|盟))(?:第|人民代表大会)/u,
    deliveredBy: /\s*作政府工作报告$/u,
  },
};

export const GENRE_PROFILES: Record<string, GenreProfile> = { [GOVERNMENT_WORK_REPORT.id]: GOVERNMENT_WORK_REPORT };
export const PROFILE_IDS = Object.keys(GENRE_PROFILES) as [string, ...string[]];
export const DEFAULT_PROFILE = GOVERNMENT_WORK_REPORT;
