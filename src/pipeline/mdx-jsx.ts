/**
 * The one set of helpers for the MDX JSX elements the chapter pipeline builds: elements with
 * plain string attributes (a `null` value is a boolean attribute, `popover`), and reading one back.
 */
import type { PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

export type Attributes = Record<string, string | null | undefined>;

function attributes(record: Attributes): MdxJsxAttribute[] {
  return Object.entries(record)
    .filter((entry): entry is [string, string | null] => entry[1] !== undefined)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

/** An element inside phrasing content (a sentence, a button, a link). */
export const jsxText = (name: string, attrs: Attributes, children: PhrasingContent[] = []): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: attributes(attrs),
  children,
});

/** An element that stands as a block (a section, a figure, a component). */
export const jsxFlow = (name: string, attrs: Attributes, children: MdxJsxFlowElement['children'] = []): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: attributes(attrs),
  children,
});

export const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** The value of a plain attribute, or undefined. */
export function attributeOf(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | null | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return found === undefined ? undefined : (found.value as string | null);
}
