import { z } from 'zod';
import { localizedText } from './localized-text.ts';

/**
 * How a chart's values are measured. Each unit knows how both languages write it
 * (src/charts/format-value.ts): `yi-yuan` 1121 → “1121 亿元” / “112.1 billion yuan”.
 */
export const CHART_UNITS = ['yi-yuan', 'yi-usd', 'wan-yuan', 'yuan', 'percent', 'percentage-points', 'count', 'wan-people', 'days', 'mu', 'wan-mu', 'km', 'items'] as const;
export type ChartUnit = (typeof CHART_UNITS)[number];

/** One value of a chart, with the sentence that states it. */
export const chartPointSchema = z.strictObject({
  /** What the value is (the category on the axis). */
  label: localizedText,
  /** The number, in the series' unit, exactly as the report gives it. */
  value: z.number(),
  /** The figure as it stands in the sentence, unit included (`1121 亿元`, `7.4%`, `288 天`): checked against the Chinese text. */
  text: z.string().trim().min(1),
  /** The anchor id of the sentence that states it. */
  anchor: z.string().min(1),
});

export const chartSeriesSchema = z.strictObject({
  /** Short id, unique in the chart. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/u),
  /** Legend text. */
  label: localizedText,
  unit: z.enum(CHART_UNITS),
  points: z.array(chartPointSchema).min(1),
});

/** A chart: `content/charts/<id>.yaml`. */
export const chartSchema = z.strictObject({
  /** Slug, the file's name. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/u),
  /** The report it belongs to. */
  report: z.string().min(1),
  /** Horizontal bars: one series (`bar`), or several side by side per category (`grouped-bar`, e.g. 2014 result and 2015 target). */
  kind: z.enum(['bar', 'grouped-bar']),
  title: localizedText,
  /** One or two sentences: what the chart shows and what to notice. */
  caption: localizedText,
  /** The anchor after whose paragraph the chart stands (the same place in both languages). */
  after: z.string().min(1),
  /** Series; in a grouped-bar chart, every series has the same categories in the same order. */
  series: z.array(chartSeriesSchema).min(1),
});
export type Chart = z.infer<typeof chartSchema>;
export type ChartPoint = z.infer<typeof chartPointSchema>;
