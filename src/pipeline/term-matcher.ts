/**
 * Finding glossary terms in running text — the one matcher behind the marks, the
 * concordance and the terminology report. Chinese matches a term or an alias, with any
 * whitespace between its characters (the seed writes 劣 V 类水质); English matches the
 * edition's rendering as a whole phrase, any case. For marks the longest match wins, matches never
 * overlap, and where two terms share a form the one given first wins (the edition's glossary before a
 * report's own terms); a concordance asks for every occurrence of each term, inside longer terms too.
 */
export interface MatchableTerm {
  id: string;
  /** Chinese forms: the term and its aliases. */
  zh: string[];
  /** The English rendering, where the term has one (a report's own explained terms have none). */
  en?: string;
  /** For a term a report explains in its own 名词解释 list: that report's slug. Absent for the edition's glossary. */
  report?: string;
}

export interface TermMatch {
  id: string;
  /** The report whose own explanation the term is, as in MatchableTerm. */
  report?: string;
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** The form a match is looked up by: Chinese without whitespace; English with single spaces, lower case. */
const normalise = (text: string, lang: 'zh' | 'en') => (lang === 'zh' ? text.replace(/\s+/gu, '') : text.replace(/\s+/gu, ' ').toLowerCase());

/**
 * The pattern of a phrase in running text: Chinese with any whitespace between its characters,
 * English with any run of whitespace between its words (use the flag i for any case), and, for
 * glossary renderings, only as whole words. Search and the glossary match text by this one rule.
 */
export function phrasePattern(phrase: string, lang: 'zh' | 'en', wholeWords = false): string {
  const form = normalise(phrase, lang);
  if (lang === 'zh') return Array.from(form, escape).join('\\s*');
  const words = Array.from(form, (ch) => (ch === ' ' ? '\\s+' : escape(ch))).join('');
  return wholeWords ? `${WORD_START}${words}${WORD_END}` : words;
}

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

export interface TermMatcher {
  /** The marks, longest match first, no overlaps between terms: Chinese by the terms' forms, English by their renderings, any other language none (the glossary has no forms in it). */
  find(text: string, lang: string): TermMatch[];
  /**
   * Every place a term's own Chinese forms stand, term by term, inside longer terms too (信息孤岛 is
   * also an occurrence of 孤岛): what a concordance lists. A term's own forms never overlap each other.
   */
  findEach(text: string): Map<string, TermMatch[]>;
}

export function createTermMatcher(terms: MatchableTerm[]): TermMatcher {
  const forms = (lang: 'zh' | 'en') =>
    terms
      .flatMap((t) => (lang === 'zh' ? t.zh : t.en === undefined ? [] : [t.en]).map((form) => ({ term: t, form: normalise(form, lang) })))
      .filter((f) => f.form.length > 0)
      // Longest first, so 信息孤岛 is found before 孤岛 and 两化深度融合 before 两化.
      .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));

  const build = (lang: 'zh' | 'en') => {
    const list = forms(lang);
    const byForm = new Map<string, MatchableTerm>();
    for (const f of list) if (!byForm.has(f.form)) byForm.set(f.form, f.term);
    const alternatives = list.map((f) => phrasePattern(f.form, lang)).join('|');
    // English renderings match as whole words. The word boundaries stand once around the alternation,
    // not around each of its hundreds of branches: the same matches (a failed boundary still backtracks
    // into the next, shorter branch), but a pattern V8 compiles in milliseconds instead of over a second.
    const source = lang === 'zh' ? alternatives : `${WORD_START}(?:${alternatives})${WORD_END}`;
    const pattern = list.length > 0 ? new RegExp(source, lang === 'zh' ? 'gu' : 'giu') : undefined;
    return { pattern, byForm };
  };
  const matchers = { zh: build('zh'), en: build('en') };
  const ownPatterns = terms
    .map((t) => {
      const own = [...new Set(t.zh.map((f) => normalise(f, 'zh')).filter((f) => f.length > 0))].sort((a, b) => b.length - a.length);
      return { term: t, first: new Set(own.map((f) => f[0]!)), pattern: own.length > 0 ? new RegExp(own.map((f) => phrasePattern(f, 'zh')).join('|'), 'gu') : undefined };
    })
    .filter((t) => t.pattern);

  return {
    find(text, lang) {
      if (lang !== 'zh' && lang !== 'en') return [];
      const { pattern, byForm } = matchers[lang];
      if (!pattern) return [];
      const found: TermMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const term = byForm.get(normalise(match[0], lang));
        if (term) found.push({ id: term.id, ...(term.report === undefined ? {} : { report: term.report }), start: match.index, end: match.index + match[0].length, text: match[0] });
      }
      return found;
    },
    findEach(text) {
      const found = new Map<string, TermMatch[]>();
      for (const { term, first, pattern } of ownPatterns) {
        if (![...first].some((ch) => text.includes(ch))) continue;
        const matches = [...text.matchAll(pattern!)].map((m) => ({ id: term.id, ...(term.report === undefined ? {} : { report: term.report }), start: m.index, end: m.index + m[0].length, text: m[0] }));
        if (matches.length > 0) found.set(term.id, matches);
      }
      return found;
    },
  };
}
