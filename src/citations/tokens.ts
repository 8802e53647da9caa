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
  /** Given to the styles as a literal date, printed as it is; the page writes the reader's access date there. */
  accessed: 'XACCESSEDX',
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

/** The reader's date, YYYY-MM-DD: the access date a page's script puts in a citation. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Fills a citation template for one sentence. Shared by the page script and the tests. */
export function fillCitation(template: string, fill: CitationFill): string {
  // Replacer functions, so that a `$` in a value is never read as a replacement pattern.
  return template
    .replaceAll(TOKENS.origin, () => fill.origin)
    .replaceAll(TOKENS.anchor, () => fill.anchor)
    .replaceAll(TOKENS.apaLocator, () => fill.apaLocator)
    .replaceAll(TOKENS.locator, () => fill.locator)
    .replaceAll(TOKENS.accessed, () => fill.accessed);
}
