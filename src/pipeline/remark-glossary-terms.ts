/**
 * remarkGlossaryTerms: marks every occurrence of a glossary term in the units' text and adds
 * one toggletip per term per page, shared by all its occurrences:
 *   <button type="button" class="term" popovertarget="term-wu-shui-gong-zhi">五水共治</button>
 *   <Toggletip id="wu-shui-gong-zhi" lang="en" />   (the page renders the entry: src/components/Toggletip.astro)
 * The HTML popover attribute opens the toggletip without any script, by keyboard, touch or mouse.
 * A term repeated within one unit is marked (class term-repeat) but is not a second button,
 * so a screen reader announces it once. Never inside another mark or an original-term span.
 * A button never breaks and a browser may break on either side of it, even between an opening
 * quote and the term or before the comma after it (clreq forbids both); so a button is kept together
 * with the punctuation that touches it, “五水共治”， in a span the stylesheet does not let break
 * (class term-unit; the term inside it still wraps in a narrow column).
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
  matcher: TermMatcher;
}

export const toggletipId = (termId: string) => `term-${termId}`;

/** Punctuation that may not end a line (opening) or begin one (closing), in Chinese and Latin text (clreq 3.1.7). */
const OPENING = /[“‘（(《〈「『【〔[]+$/u;
const CLOSING = /^[”’）)》〉」』】〕\]，。、；：！？,.;:!?]+/u;

export function remarkGlossaryTerms({ lang, matcher }: GlossaryTermsOptions) {
  function markUnit(node: MdxJsxTextElement, textLang: Lang, used: Set<string>) {
    const seen = new Set<string>();
    const children: PhrasingContent[] = [];
    for (const child of node.children) {
      if (child.type !== 'text') {
        children.push(child); // an original-term span or other markup: never marked inside
        continue;
      }
      let last = 0;
      const matches = [...matcher.find(child.value, textLang)];
      for (const [i, match] of matches.entries()) {
        let before = child.value.slice(last, match.start);
        if (seen.has(match.id)) {
          if (before) children.push(text(before));
          children.push(jsxText('span', { class: 'term term-repeat', 'data-term': match.id }, [text(match.text)]));
          last = match.end;
        } else {
          const button = jsxText('button', { type: 'button', class: 'term', popovertarget: toggletipId(match.id) }, [text(match.text)]);
          const opening = OPENING.exec(before)?.[0] ?? '';
          const following = child.value.slice(match.end, matches[i + 1]?.start ?? child.value.length);
          const closing = CLOSING.exec(following)?.[0] ?? '';
          before = before.slice(0, before.length - opening.length);
          if (before) children.push(text(before));
          children.push(
            opening || closing
              ? jsxText('span', { class: 'term-unit' }, [...(opening ? [text(opening)] : []), button, ...(closing ? [text(closing)] : [])])
              : button,
          );
          last = match.end + closing.length;
        }
        seen.add(match.id);
        used.add(match.id);
      }
      if (last < child.value.length) children.push(text(child.value.slice(last)));
    }
    node.children = children;
  }

  return (tree: Root): void => {
    const used = new Set<string>();
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      const unit = node.data?.unit;
      if (!unit) return undefined;
      markUnit(node, unit.textLang, used);
      return SKIP;
    });
    // One toggletip per term per page, in the order the terms first appear.
    if (used.size > 0) tree.children.push(jsxFlow('div', { class: 'toggletips' }, [...used].map((id) => jsxFlow('Toggletip', { id, lang }))));
  };
}
