/** Charts on the built pages: drawn in the static HTML after their anchor, with downloads; the data table on the figures page, linked from the chapter. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { formatValue } from '../../src/charts/format-value.ts';
import { page } from '../support/dist.ts';
import { edition } from '../support/edition.ts';

describe('charts on the pages', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: each chart stands once in its chapter as SVG in the static HTML, after its anchor, with downloads and a link to its table`, () => {
      const figuresPage = page(`/${lang}/figures/`);
      for (const chart of edition.charts) {
        const part = /^p(\d+)/u.exec(chart.after)![1];
        const tree = page(`/${lang}/${chart.report}/part-${part}/`);
        const figures = selectAll(`figure#chart-${chart.id}`, tree);
        expect(figures, chart.id).toHaveLength(1);
        const figure = figures[0]!;
        const svg = select('svg', figure)!;
        // The SVG's accessible name is the chart's title; its description states every point with its value.
        const named = (ids: unknown) => [ids].flat().map((id) => toString(select(`[id="${String(id)}"]`, figure)!)).join(' ');
        expect(named(svg.properties.ariaLabelledBy), chart.id).toBe(chart.title[lang]);
        const description = named(svg.properties.ariaDescribedBy);
        for (const series of chart.series) {
          for (const point of series.points) {
            expect(description, chart.id).toContain(point.label[lang]);
            expect(description, chart.id).toContain(formatValue(point.value, series.unit, lang));
          }
        }
        const marks = selectAll('a.chart-mark', svg);
        expect(marks).toHaveLength(chart.series.reduce((n, s) => n + s.points.length, 0));
        // The chapter links to the chart's data table on the figures page, where it stands once, a row per item.
        expect(selectAll('a', figure).map((a) => a.properties.href)).toContain(`/${lang}/figures/#chart-${chart.id}`);
        expect(selectAll('table', figure)).toEqual([]);
        const onFiguresPage = selectAll(`figure#chart-${chart.id}`, figuresPage);
        expect(onFiguresPage, chart.id).toHaveLength(1);
        expect(selectAll('table tbody tr', onFiguresPage[0]!)).toHaveLength(chart.series[0]!.points.length);
        // Each bar links to the sentence that states its value, which is cited once (by that link), not copied into the bar.
        for (const mark of marks) expect(String(mark.properties.href)).toMatch(new RegExp(`^/${lang}/${chart.report}/part-\\d+/#p\\d`, 'u'));
        expect(selectAll('[data-source]', figure)).toEqual([]);
        expect(toString(select('.chart-title', figure)!)).toBe(chart.title[lang]);
        for (const series of chart.series) for (const point of series.points) expect(toString(figure)).toContain(formatValue(point.value, series.unit, lang));
        for (const ext of ['csv', 'json']) expect(existsSync(`dist/data/charts/${chart.id}.${ext}`)).toBe(true);
        const html = readFileSync(`dist/${lang}/${chart.report}/part-${part}/index.html`, 'utf8');
        expect(html.indexOf(`id="${chart.after}"`), `${chart.id} after ${chart.after}`).toBeLessThan(html.indexOf(`id="chart-${chart.id}"`));
      }
    });
  }
});
