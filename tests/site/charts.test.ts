/** Charts on the built pages: drawn in the static HTML after their anchor, with table and downloads. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { formatValue } from '../../src/charts/format-value.ts';
import { page } from '../support/dist.ts';
import { edition } from '../support/edition.ts';

describe('charts on the pages', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: each chart stands once in its chapter as SVG in the static HTML, after its anchor, with table and downloads`, () => {
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
        expect(selectAll('table tbody tr', figure)).toHaveLength(chart.series[0]!.points.length);
        expect(toString(select('.chart-title', figure)!)).toBe(chart.title[lang]);
        for (const series of chart.series) for (const point of series.points) expect(toString(figure)).toContain(formatValue(point.value, series.unit, lang));
        for (const ext of ['csv', 'json']) expect(existsSync(`dist/data/charts/${chart.id}.${ext}`)).toBe(true);
        const html = readFileSync(`dist/${lang}/${chart.report}/part-${part}/index.html`, 'utf8');
        expect(html.indexOf(`id="${chart.after}"`), `${chart.id} after ${chart.after}`).toBeLessThan(html.indexOf(`id="chart-${chart.id}"`));
      }
    });
  }
});
