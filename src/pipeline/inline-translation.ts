/**
 * The one piece of markup a translation entry may carry: {{zh:五水共治}} marks an
 * original Chinese term quoted inside the English (rendered with lang="zh-Hans").
 * Everything else in an entry is plain text.
 */
export type InlinePiece = { type: 'text'; value: string } | { type: 'original'; value: string };

const ORIGINAL_TERM = /\{\{zh:([^}]+)\}\}/gu;

export function parseInlineTranslation(text: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(ORIGINAL_TERM)) {
    if (match.index > last) pieces.push({ type: 'text', value: text.slice(last, match.index) });
    pieces.push({ type: 'original', value: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ type: 'text', value: text.slice(last) });
  return pieces;
}

/** The English text without its marked original-term spans: what must contain no Chinese. */
export const withoutOriginalTerms = (text: string) => text.replace(ORIGINAL_TERM, '');

/** The reading text of an entry, markup removed (for data exports and search). */
export const plainTranslation = (text: string) => text.replace(ORIGINAL_TERM, '$1');
