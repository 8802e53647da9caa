/**
 * The geometry of a horizontal bar chart, computed with d3-scale at build time. Vertical
 * positions are in pixels; horizontal ones in percent of the chart's width, so the SVG
 * fills any column from 320 px up while its text keeps its size.
 * Every bar starts at zero (the baseline is drawn).
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Lang } from '../i18n/langs.ts';
import { localized } from '../i18n/localize.ts';
import type { Chart } from '../schemas/chart.ts';
import { formatValue } from './format-value.ts';

export interface BarMark {
  series: number;
  y: number;
  height: number;
  /** Bar length, percent of the width. */
  width: number;
  value: string;
  /** The value label stands inside the bar's end when the bar is long. */
  labelInside: boolean;
  anchor: string;
  /** The figure as the Chinese states it. */
  text: string;
}

export interface BarRow {
  label: string;
  labelY: number;
  marks: BarMark[];
}

export interface BarChartLayout {
  height: number;
  legend: { label: string; series: number; y: number }[];
  rows: BarRow[];
  baseline: { y1: number; y2: number };
}

const LINE = 20;
const BAR = 18;
const GAP = 4;
const ROW_GAP = 14;

export function layoutBarChart(chart: Chart, lang: Lang): BarChartLayout {
  const all = chart.series.flatMap((s) => s.points.map((p) => p.value));
  // Bars may use 82% of the width: the rest keeps a value label beside the longest bar readable.
  const x = scaleLinear().domain([0, max(all) ?? 1]).range([0, 82]);
  let y = 0;
  const legend = chart.series.length > 1 ? chart.series.map((s, i) => ({ label: localized(s.label, lang), series: i, y: (y += LINE) - 6 })) : [];
  if (legend.length > 0) y += 8;
  const top = y;
  const rows = chart.series[0]!.points.map((_, index) => {
    const labelY = y + 15;
    y += LINE;
    const marks = chart.series.map((series, s) => {
      const point = series.points[index]!;
      const mark: BarMark = {
        series: s,
        y,
        height: BAR,
        width: x(point.value),
        value: formatValue(point.value, series.unit, lang),
        labelInside: x(point.value) > 62,
        anchor: point.anchor,
        text: point.text,
      };
      y += BAR + GAP;
      return mark;
    });
    y += ROW_GAP;
    return { label: localized(chart.series[0]!.points[index]!.label, lang), labelY, marks };
  });
  return { height: y, legend, rows, baseline: { y1: top, y2: y - ROW_GAP } };
}
