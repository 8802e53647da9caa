/**
 * A page's <title>: its parts joined by “ · ”, most specific first, kept within 70
 * characters (what search results show, and html-validate's limit): trailing parts
 * are dropped first, then the first is shortened at a word boundary with “…”.
 */
const LIMIT = 70;

export function pageTitle(...parts: string[]): string {
  const kept = [...parts];
  while (kept.length > 1 && kept.join(' · ').length > LIMIT) kept.pop();
  const title = kept.join(' · ');
  if (title.length <= LIMIT) return title;
  const cut = title.slice(0, LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > LIMIT / 2 ? cut.slice(0, space) : cut}…`;
}
