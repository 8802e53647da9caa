/**
 * Figures and their English forms: every Arabic figure of a Chinese sentence must stand in
 * its English entry, converted (亿 = 100 million, 万 = 10,000): 1121 亿元 → 112.1 billion,
 * 3.6 万人 → 36,000, 572.8 万平方米 → 5.728 million, 7.4% → 7.4%. Months become their names.
 */
export interface Figure {
  /** As written in the Chinese: “1121 亿”. */
  text: string;
  /** Its value. */
  value: number;
  /** A month number (2 月), which English writes as a name. */
  month?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CHINESE_SCALE: Record<string, number> = { 亿: 1e8, 万: 1e4 };
const ENGLISH_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export function chineseFigures(zh: string): Figure[] {
  return [...zh.matchAll(/(\d+(?:\.\d+)?)\s*(亿|万|月)?/gu)].map((m) => {
    const number = Number(m[1]);
    if (m[2] === '月') return { text: m[0], value: number, month: number };
    return { text: m[0].trim(), value: number * (CHINESE_SCALE[m[2] ?? ''] ?? 1) };
  });
}

/** The values the English states: “112.1 billion” → 112100000000; “36,000” → 36000. */
export function englishValues(en: string): number[] {
  const plain = en.replace(/(\d),(?=\d{3}(?!\d))/gu, '$1');
  return [...plain.matchAll(/(\d+(?:\.\d+)?)(?:\s*(thousand|million|billion)\b)?/giu)].flatMap((m) => {
    const number = Number(m[1]);
    const scale = m[2] ? ENGLISH_SCALE[m[2].toLowerCase()]! : 1;
    // “1.2 million” states 1,200,000; the digits alone are kept too (a year, a count).
    return scale === 1 ? [number] : [number * scale, number];
  });
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(a) * 1e-12;

/** The figures of the Chinese that the English does not state. */
export function missingFigures(zh: string, en: string): Figure[] {
  const values = englishValues(en);
  return chineseFigures(zh).filter((figure) => {
    if (figure.month !== undefined) return !en.includes(MONTHS[figure.month - 1] ?? '\u0000');
    return !values.some((v) => same(v, figure.value));
  });
}

/** Characters that continue a number: a figure beside one of them is part of a longer number. */
const PART_OF_NUMBER = /[\d.,]/u;
const squeeze = (text: string) => text.replace(/\s+/gu, '');

export type FigureInSentence = { stands: true } | { stands: false; insideOf?: string };

/**
 * Whether a figure as a chart quotes it (“7.4%”, “1121 亿元”) stands in a sentence as a figure of its
 * own, whitespace ignored: no digit, `.` or `,` on either side, so 10.4% does not state 0.4% and
 * 1121 does not state 121. When it occurs only inside a longer number, that number is returned.
 */
export function findFigure(sentence: string, figure: string): FigureInSentence {
  const text = squeeze(sentence);
  const wanted = squeeze(figure);
  if (wanted === '') return { stands: false };
  let insideOf: string | undefined;
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    let start = at;
    let end = at + wanted.length;
    if (!PART_OF_NUMBER.test(text[start - 1] ?? '') && !PART_OF_NUMBER.test(text[end] ?? '')) return { stands: true };
    while (PART_OF_NUMBER.test(text[start - 1] ?? '')) start--;
    while (PART_OF_NUMBER.test(text[end] ?? '')) end++;
    insideOf ??= text.slice(start, end);
  }
  return { stands: false, insideOf };
}
