/**
 * Citations are rendered by citation-js at build time, once per page, with tokens where
 * the cited sentence goes; the page's script fills them in for the sentence a reader picks.
 * Tokens are plain capitals so that no CSL style changes them.
 */
export const TOKENS = {
  origin: 'XORIGINX',
  anchor: 'XANCHORX',
  /** The anchor as cited in the citation's language (English). */
  locator: 'XLOCATORX',
  /** The anchor as cited in the page's language: GB/T 7714 on a source-language page. */
  pageLocator: 'XPAGELOCATORX',
  /** The sentence's part of the BibTeX key: the anchor in ASCII letters, digits and underscores. */
  key: 'XKEYX',
  apaLocator: 'XAPALOCATORX',
  /** Given to the styles as a literal date, printed as it is; the page writes the reader's access date there. */
  accessed: 'XACCESSEDX',
};

export interface CitationFill {
  /** Where the site is served, e.g. https://example.org (no trailing slash). */
  origin: string;
  anchor: string;
  /** The anchor as cited in the citation's language: “§1.1, s.2”. */
  locator: string;
  /** The anchor as cited in the page's language: “§1.1 第2句” on a Chinese page. */
  pageLocator: string;
  /** The same for APA's “Section …”: “1.1, s.2”. */
  apaLocator: string;
  /** Today, YYYY-MM-DD. */
  accessed: string;
}

/** An anchor as part of a BibTeX key: p1-1-s2 → p1_1_s2 (anchors are lower-case letters, digits and hyphens). */
export const anchorKey = (anchor: string) => anchor.replaceAll('-', '_');

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
    .replaceAll(TOKENS.key, () => anchorKey(fill.anchor))
    .replaceAll(TOKENS.pageLocator, () => fill.pageLocator)
    .replaceAll(TOKENS.apaLocator, () => fill.apaLocator)
    .replaceAll(TOKENS.locator, () => fill.locator)
    .replaceAll(TOKENS.accessed, () => fill.accessed);
}
