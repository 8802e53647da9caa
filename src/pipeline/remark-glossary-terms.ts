/**
 * remarkGlossaryTerms: marks every occurrence of a glossary term in the units' text:
 *   <Term id="wu-shui-gong-zhi">五水共治</Term>
 * which the page renders (src/components/Term.astro) as a link to the glossary entry — where a reader
 * without JavaScript finds the definition — that the toggletip script turns into the button of the
 * page's one toggletip (src/components/Toggletip.astro). The definitions are not in the page: one file
 * per report and language holds them (src/edition/toggletip-data.ts), fetched at the first use.
 * A term repeated within one unit is marked (class term-repeat) but is not a second link,
 * so a screen reader announces it once. Never inside another mark or an original-term span.
 * A term the report explains itself (its 名词解释 list; the matcher says whose, in `report`) is
 * `<Term report="sichuan-2025" anchor="a1-i5">两重</Term>`: it links to the report's own explanation,
 * which its toggletip shows. Each mark carries the term in `data.term`.
 * The link is an inline box, so a line breaks around it as around the rest of the text: no “ left at a
 * line's end, no ， or ” at a line's start (the button it replaced, an inline-block, needed a wrapper for that).
 * Keys on `data.unit` (chapter-tree.ts): a unit's text is matched in the language it is in.
 * Pure: the matcher comes in as an option; the toggletip's content and link are resolved when the page renders.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { visit, SKIP } from 'unist-util-visit';
import type { Lang } from '../i18n/langs.ts';
import type { TermMatcher } from './term-matcher.ts';
import { jsxText, text } from './mdx-jsx.ts';

export interface GlossaryTermsOptions {
  /** The edition's glossary, and on a report's pages the terms that report explains itself. */
  matcher: TermMatcher;
}

/** Which term a mark stands for: an edition glossary entry's id, or a report's explained term (its anchor and the report). */
export interface TermRef {
  id: string;
  report?: string;
}

declare module 'mdast' {
  interface Data {
    /** Set on a glossary mark (link or repeat). */
    term?: TermRef;
  }
}

/** A term's key in the page and in the toggletip data: `term-<entry id>`, or `explained-<anchor>` for a report's own explanation. */
export const toggletipId = (term: TermRef | string) =>
  typeof term === 'string' || term.report === undefined ? `term-${typeof term === 'string' ? term : term.id}` : `explained-${term.id}`;

export function remarkGlossaryTerms({ matcher }: GlossaryTermsOptions) {
  function markUnit(node: MdxJsxTextElement, textLang: Lang) {
    const seen = new Set<string>();
    const children: PhrasingContent[] = [];
    for (const child of node.children) {
      if (child.type !== 'text') {
        children.push(child); // an original-term span or other markup: never marked inside
        continue;
      }
      let last = 0;
      const matches = [...matcher.find(child.value, textLang)];
      for (const match of matches) {
        const before = child.value.slice(last, match.start);
        if (before) children.push(text(before));
        const term: TermRef = match.report === undefined ? { id: match.id } : { id: match.id, report: match.report };
        const key = toggletipId(term);
        if (seen.has(key)) {
          const repeat = jsxText('span', { class: 'term term-repeat', 'data-term': match.report === undefined ? match.id : key }, [text(match.text)]);
          repeat.data = { term };
          children.push(repeat);
        } else {
          const link = jsxText('Term', match.report === undefined ? { id: match.id } : { report: match.report, anchor: match.id }, [text(match.text)]);
          link.data = { term };
          children.push(link);
        }
        last = match.end;
        seen.add(key);
      }
      if (last < child.value.length) children.push(text(child.value.slice(last)));
    }
    node.children = children;
  }

  return (tree: Root): void => {
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      const unit = node.data?.unit;
      if (!unit) return undefined;
      markUnit(node, unit.textLang);
      return SKIP;
    });
  };
}
