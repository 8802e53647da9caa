/**
 * remarkChartPlacement: puts each chart after the paragraph that holds its `after` anchor
 * (the same place in both languages), as <Chart id="…" lang="…" />, which the chapter page
 * renders with the Chart component. Pure: the placements come in as an option.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { visit, SKIP } from 'unist-util-visit';
import type { Lang } from '../i18n/langs.ts';

export interface ChartPlacementOptions {
  lang: Lang;
  /** Chart ids by the anchor after whose paragraph they stand, in their order. */
  after: Map<string, string[]>;
}

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

function idsIn(paragraph: Paragraph): string[] {
  const ids: string[] = [];
  visit(paragraph, 'mdxJsxTextElement', (node) => {
    for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'string') ids.push(a.value);
  });
  return ids;
}

export function remarkChartPlacement({ lang, after }: ChartPlacementOptions) {
  return (tree: Root): void => {
    const insertions: { parent: { children: RootContent[] }; index: number; charts: string[] }[] = [];
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const charts = idsIn(node).flatMap((id) => after.get(id) ?? []);
      if (charts.length > 0) insertions.push({ parent: parent as { children: RootContent[] }, index, charts });
      return SKIP;
    });
    // From the last to the first, so earlier indexes stay right.
    for (const { parent, index, charts } of insertions.reverse()) {
      const elements: MdxJsxFlowElement[] = charts.map((id) => ({ type: 'mdxJsxFlowElement', name: 'Chart', attributes: [attr('id', id), attr('lang', lang)], children: [] }));
      parent.children.splice(index + 1, 0, ...elements);
    }
  };
}
