/**
 * Citations are rendered by citation-js at build time, once per page, with tokens where
 * the cited sentence goes; the page's script fills them in for the sentence a reader picks.
 * Tokens are plain capitals so that no CSL style changes them.
 */
export const TOKENS = {
  origin: 'XORIGINX',
  anchor: 'XANCHORX',
  locator: 'XLOCATORX',
  apaLocator: 'XAPALOCATORX',
  /** A date no one cites from: the style formats it, and the script swaps in today's. */
  accessed: [9999, 12, 31] as const,
};

export interface CitationFill {
  /** Where the site is served, e.g. https://example.org (no trailing slash). */
  origin: string;
  anchor: string;
  /** The anchor as cited: “§1.1, s.2”. */
  locator: string;
  /** The same for APA's “Section …”: “1.1, s.2”. */
  apaLocator: string;
  /** Today, YYYY-MM-DD. */
  accessed: string;
}

/** Fills a citation template for one sentence. Shared by the page script and the tests. */
export function fillCitation(template: string, fill: CitationFill): string {
  // Replacer functions, so that a `$` in a value is never read as a replacement pattern.
  return template
    .replaceAll(TOKENS.origin, () => fill.origin)
    .replaceAll(TOKENS.anchor, () => fill.anchor)
    .replaceAll(TOKENS.apaLocator, () => fill.apaLocator)
    .replaceAll(TOKENS.locator, () => fill.locator)
    .replaceAll('9999-12-31', () => fill.accessed);
}
