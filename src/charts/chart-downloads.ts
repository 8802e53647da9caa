/** A chart's data as researchers download it: CSV (one row per value) and JSON (the chart with each value's source URLs). */
import type { Chart } from '../schemas/chart.ts';
import type { Urls } from '../site/urls.ts';
import type { LocateAnchor } from '../edition/anchor-locations.ts';

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function chartDownloads(chart: Chart, locate: LocateAnchor, urls: Urls): { csv: string; json: string } {
  const sourceUrl = (lang: 'zh' | 'en', anchor: string) => urls.absolute(urls.chapter(lang, chart.report, locate(anchor, chart.report)!.chapter, anchor));
  const header = ['chart', 'series', 'category_zh', 'category_en', 'value', 'unit', 'text_zh', 'anchor', 'url_zh', 'url_en'];
  const rows = chart.series.flatMap((series) =>
    series.points.map((p) => [chart.id, series.id, p.label.zh, p.label.en, p.value, series.unit, p.text, p.anchor, sourceUrl('zh', p.anchor), sourceUrl('en', p.anchor)]),
  );
  const csv = `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
  const json = `${JSON.stringify(
    {
      ...chart,
      series: chart.series.map((series) => ({
        ...series,
        points: series.points.map((p) => ({ ...p, url: { zh: sourceUrl('zh', p.anchor), en: sourceUrl('en', p.anchor) } })),
      })),
    },
    null,
    2,
  )}\n`;
  return { csv, json };
}
