/**
 * remarkGlossaryTerms: marks every occurrence of a glossary term in the units' text and adds
 * one toggletip per term per page, shared by all its occurrences:
 *   <button type="button" class="term" popovertarget="term-wu-shui-gong-zhi">五水共治</button>
 *   <Toggletip id="wu-shui-gong-zhi" lang="en" />   (the page renders the entry: src/components/Toggletip.astro)
 * The HTML popover attribute opens the toggletip without any script, by keyboard, touch or mouse.
 * A term repeated within one unit is marked (class term-repeat) but is not a second button,
 * so a screen reader announces it once. Never inside another mark or an original-term span.
 * A term the report explains itself (its 名词解释 list; the matcher says whose, in `report`) gets the
 * same button and a toggletip of its own, `<Toggletip report="sichuan-2025" anchor="a1-i5" lang="zh" />`,
 * which shows the report's own explanation. Each mark carries the term in `data.term`.
 * Keys on `data.unit` (chapter-tree.ts): a unit's text is matched in the language it is in.
 * Pure: the matcher comes in as an option; the toggletip's content and link are resolved when the page renders.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { visit, SKIP } from 'unist-util-visit';
import type { Lang } from '../i18n/langs.ts';
import type { TermMatcher } from './term-matcher.ts';
import { jsxFlow, jsxText, text } from './mdx-jsx.ts';

export interface GlossaryTermsOptions {
  /** The page's language: the toggletips' explanations are in it. */
  lang: Lang;
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
    /** Set on a glossary mark (button or repeat). */
    term?: TermRef;
  }
}

/** The id of a term's toggletip on a page: `term-<entry id>`, or `explained-<anchor>` for a report's own explanation. */
export const toggletipId = (term: TermRef | string) =>
  typeof term === 'string' || term.report === undefined ? `term-${typeof term === 'string' ? term : term.id}` : `explained-${term.id}`;

export function remarkGlossaryTerms({ lang, matcher }: GlossaryTermsOptions) {
  function markUnit(node: MdxJsxTextElement, textLang: Lang, used: Map<string, TermRef>) {
    const seen = new Set<string>();
    const children: PhrasingContent[] = [];
    for (const child of node.children) {
      if (child.type !== 'text') {
        children.push(child); // an original-term span or other markup: never marked inside
        continue;
      }
      let last = 0;
      for (const match of matcher.find(child.value, textLang)) {
        if (match.start > last) children.push(text(child.value.slice(last, match.start)));
        const term: TermRef = match.report === undefined ? { id: match.id } : { id: match.id, report: match.report };
        const key = toggletipId(term);
        const mark = seen.has(key)
          ? jsxText('span', { class: 'term term-repeat', 'data-term': match.report === undefined ? match.id : key }, [text(match.text)])
          : jsxText('button', { type: 'button', class: 'term', popovertarget: key }, [text(match.text)]);
        mark.data = { term };
        children.push(mark);
        seen.add(key);
        used.set(key, term);
        last = match.end;
      }
      if (last < child.value.length) children.push(text(child.value.slice(last)));
    }
    node.children = children;
  }

  return (tree: Root): void => {
    const used = new Map<string, TermRef>();
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      const unit = node.data?.unit;
      if (!unit) return undefined;
      markUnit(node, unit.textLang, used);
      return SKIP;
    });
    // One toggletip per term per page, in the order the terms first appear.
    if (used.size > 0) tree.children.push(jsxFlow('div', { class: 'toggletips' }, [...used.values()].map(({ id, report }) => jsxFlow('Toggletip', report === undefined ? { id, lang } : { report, anchor: id, lang }))));
  };
}
