/**
 * The parser's promise, as a check: the units of the tree, concatenated, are the seed's text —
 * every character kept, in order, nothing added — whitespace and zero-width characters aside.
 */
import { unitsInReadingOrder, type ReportTree } from './report-tree.ts';

/** What the promise covers: the text without whitespace and zero-width characters. */
export const keptText = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, '');

export interface Loss {
  /** 1-based line of the seed where the units first differ from it. */
  line: number;
  /** A few characters of the seed from there, and what the units have instead. */
  expected: string;
  found: string;
}

/** Undefined when the tree reproduces the text; else where it first does not. */
export function lossOf(text: string, tree: ReportTree): Loss | undefined {
  const seed = Array.from(keptText(text));
  const units = Array.from(keptText(unitsInReadingOrder(tree).map((u) => u.zh).join('')));
  let at = 0;
  while (at < seed.length && seed[at] === units[at]) at++;
  if (at === seed.length && units.length === seed.length) return undefined;
  // The line of the seed that holds the at-th kept character.
  let kept = 0;
  let line = 1;
  for (const ch of text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '')) {
    if (ch === '\n') line++;
    else if (!/\s/u.test(ch) && kept++ === at) break;
  }
  return { line, expected: seed.slice(at, at + 12).join(''), found: units.slice(at, at + 12).join('') };
}
