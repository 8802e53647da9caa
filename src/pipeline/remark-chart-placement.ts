/**
 * remarkChartPlacement: puts each chart after the block (a paragraph of the report, or an aligned
 * pair in the parallel view) that holds its `after` anchor — the same place in every language and
 * view — as <Chart id="…" lang="…" />, which the page renders with the Chart component.
 * Keys on `data.unitBlock` and `data.unit` (chapter-tree.ts). Pure: the placements come in as an option.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { Lang } from '../i18n/langs.ts';
import { jsxFlow } from './mdx-jsx.ts';

export interface ChartPlacementOptions {
  lang: Lang;
  /** Chart ids by the anchor after whose block they stand, in their order. */
  after: Map<string, string[]>;
}

function anchorsIn(block: Nodes): string[] {
  const ids: string[] = [];
  visit(block, (node: Nodes) => {
    const unit = node.data?.unit;
    if (unit?.anchor) ids.push(unit.id);
  });
  return ids;
}

export function remarkChartPlacement({ lang, after }: ChartPlacementOptions) {
  return (tree: Root): void => {
    const insertions: { parent: Parent; index: number; charts: string[] }[] = [];
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (!node.data?.unitBlock || !parent || index === undefined) return undefined;
      const charts = anchorsIn(node).flatMap((id) => after.get(id) ?? []);
      if (charts.length > 0) insertions.push({ parent, index, charts });
      return SKIP;
    });
    // From the last to the first, so earlier indexes stay right.
    for (const { parent, index, charts } of insertions.reverse()) {
      parent.children.splice(index + 1, 0, ...(charts.map((id) => jsxFlow('Chart', { id, lang })) as RootContent[]));
    }
  };
}
