/**
 * remarkCiteLinks: after every sentence, and inside every heading, a small link to the
 * unit's own anchor — the permalink without JavaScript; with it, the page's cite panel
 * opens for that sentence. It has no text (its name is an aria-label, its mark a CSS glyph),
 * so the sentence's text, and what search indexes, stay exactly the report's.
 * Pure: the labels come in as an option.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

export interface CiteLinksOptions {
  /** The accessible name of the link for an anchor id, in the page's language: “Cite §1.1, s.2”. */
  labelOf: (id: string) => string;
}

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const attributeOf = (node: MdxJsxTextElement, name: string) =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

export function remarkCiteLinks({ labelOf }: CiteLinksOptions) {
  const link = (id: string): MdxJsxTextElement => ({
    type: 'mdxJsxTextElement',
    name: 'a',
    attributes: [attr('class', 'cite'), attr('href', `#${id}`), attr('aria-label', labelOf(id))],
    children: [],
  });

  return (tree: Root): void => {
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement, index, parent) => {
      const id = attributeOf(node, 'id');
      if (typeof id !== 'string' || !parent || index === undefined) return;
      if (node.name === 'h1' || node.name === 'h2') {
        node.children.push(link(id));
      } else if (node.name === 'span' && String(attributeOf(node, 'class') ?? '').split(' ').includes('s')) {
        // After the sentence, not inside it: the sentence element holds the report's text and nothing else.
        parent.children.splice(index + 1, 0, link(id));
        return index + 2;
      }
      return undefined;
    });
  };
}
