/**
 * Splits a paragraph into sentences at 。！？!? — a closing quotation mark or bracket
 * that follows the mark stays with its sentence (…“最美精神”。 / …工作。”), and so
 * does a run of marks (？！). Text after the last mark is a sentence of its own
 * (a paragraph may end in ： or ；). Nothing is dropped: the pieces concatenate to the input.
 */
const END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', '》']);

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let i = 0;
  const chars = Array.from(paragraph);
  while (i < chars.length) {
    if (END.has(chars[i]!)) {
      let j = i + 1;
      while (j < chars.length && (END.has(chars[j]!) || CLOSERS.has(chars[j]!))) j++;
      sentences.push(chars.slice(start, j).join('').trim());
      start = j;
      i = j;
    } else {
      i++;
    }
  }
  const tail = chars.slice(start).join('').trim();
  if (tail) sentences.push(tail);
  return sentences.filter((s) => s !== '');
}
