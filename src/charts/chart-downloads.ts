/** A chart's data as researchers download it: CSV (one row per value) and JSON (the chart with each value's source URLs). */
import type { Chart } from '../schemas/chart.ts';
import type { Urls } from '../site/urls.ts';
import type { LocateAnchor } from '../edition/anchor-locations.ts';
import { LANGS, SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import { csvText } from '../edition/csv-text.ts';


export function chartDownloads(chart: Chart, locate: LocateAnchor, urls: Urls): { csv: string; json: string } {
  const sourceUrl = (lang: Lang, anchor: string) => urls.absolute(urls.chapter(lang, chart.report, locate(anchor, chart.report)!.chapter, anchor));
  // The columns of the first two languages (zh, en) stand where version 1 put them; each language
  // added to the table adds its category and URL columns at the end.
  const [first, second, ...added] = LANGS as [Lang, Lang, ...Lang[]];
  const header = ['chart', 'series', `category_${first}`, `category_${second}`, 'value', 'unit', `text_${SOURCE_LANG}`, 'anchor', `url_${first}`, `url_${second}`, ...added.flatMap((l) => [`category_${l}`, `url_${l}`])];
  const rows = chart.series.flatMap((series) =>
    series.points.map((p) => [
      chart.id,
      series.id,
      p.label[first] ?? '',
      p.label[second] ?? '',
      p.value,
      series.unit,
      p.text,
      p.anchor,
      sourceUrl(first, p.anchor),
      sourceUrl(second, p.anchor),
      ...added.flatMap((l) => [p.label[l] ?? '', sourceUrl(l, p.anchor)]),
    ]),
  );
  const csv = csvText([header, ...rows]);
  const json = `${JSON.stringify(
    {
      ...chart,
      series: chart.series.map((series) => ({
        ...series,
        points: series.points.map((p) => ({ ...p, url: Object.fromEntries(LANGS.map((lang) => [lang, sourceUrl(lang, p.anchor)])) })),
      })),
    },
    null,
    2,
  )}\n`;
  return { csv, json };
}
