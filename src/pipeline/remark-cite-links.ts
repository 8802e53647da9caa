/**
 * remarkCiteLinks: a small link to each unit's own anchor — after a sentence, inside a heading
 * or title line. It is the permalink without JavaScript; with it, the page's cite panel opens
 * for that unit. It has no text (its name is an aria-label, its mark a CSS glyph), so the
 * sentence's text, and what search indexes, stay exactly the report's. Keys on `data.unit`
 * (chapter-tree.ts); only the element that carries the anchor gets a link.
 * Pure: the labels come in as an option.
 */
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { jsxText } from './mdx-jsx.ts';

export interface CiteLinksOptions {
  /** The accessible name of the link for an anchor id, in the page's language: “Cite §1.1, s.2”. */
  labelOf: (id: string) => string;
  /** The anchor as a citation's locator, in the page's language: “§1.1, s.2”; a printout shows it (data-locator). */
  locatorOf: (id: string) => string;
}

export function remarkCiteLinks({ labelOf, locatorOf }: CiteLinksOptions) {
  const link = (id: string) => jsxText('a', { class: 'cite', href: `#${id}`, 'aria-label': labelOf(id), 'data-locator': locatorOf(id) });

  return (tree: Root): void => {
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement, index, parent) => {
      const unit = node.data?.unit;
      if (!unit?.anchor || !parent || index === undefined) return undefined;
      if (node.name !== 'span') {
        node.children.push(link(unit.id));
        return undefined;
      }
      // After a sentence, not inside it: the sentence element holds the report's text and nothing else.
      parent.children.splice(index + 1, 0, link(unit.id));
      return index + 2;
    });
  };
}
