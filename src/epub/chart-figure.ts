/**
 * A chart in the EPUB: the same geometry as the site's (charts/layout-bar-chart.ts), drawn as SVG
 * in the source language — the figures as the report states them — under a caption in both
 * languages, with the data as a table in both, each value linked to the sentence that states it.
 * The SVG holds no link and no ARIA (EPUB's SVG is SVG 1.1: its <title> and <desc> name it);
 * the table is what a screen reader or a reader who wants the sources uses.
 */
import { layoutBarChart } from '../charts/layout-bar-chart.ts';
import { formatValue } from '../charts/format-value.ts';
import { localize, localized } from '../i18n/localize.ts';
import { translate } from '../i18n/strings.ts';
import { anchorLabel } from '../i18n/anchor-label.ts';
import { HTML_LANG, SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import type { Chart } from '../schemas/chart.ts';
import type { LocalizedText } from '../schemas/localized-text.ts';
import { el, type XElement, type XNode } from './xhtml.ts';

export interface ChartFigureOptions {
  /** The languages of the book, the source first. */
  langs: Lang[];
  /** The book's link to an anchor: `part-1.xhtml#p1-1-s2`. */
  anchorHref: (anchor: string) => string;
}

export function chartFigure(chart: Chart, { langs, anchorHref }: ChartFigureOptions): XElement {
  const figureId = `chart-${chart.id}`;
  const shown = (text: LocalizedText, lang: Lang): XNode => {
    const s = localize(text, lang);
    return s.lang === lang ? s.text : el('span', { lang: HTML_LANG[s.lang] }, [s.text]);
  };
  const inEach = (make: (lang: Lang) => XNode[], name = 'span'): XNode[] => langs.map((lang) => el(name, { lang: HTML_LANG[lang], class: lang === SOURCE_LANG ? undefined : 'tr' }, make(lang)));

  const layout = layoutBarChart(chart, SOURCE_LANG);
  const svg = el('svg', { class: 'chart-svg', width: '100%', height: String(layout.height) }, [
    el('title', {}, [localized(chart.title, SOURCE_LANG)]),
    el('desc', {}, [
      chart.series[0]!.points
        .map((point, i) => `${localized(point.label, SOURCE_LANG)}：${chart.series.map((series) => formatValue(series.points[i]!.value, series.unit, SOURCE_LANG)).join('，')}`)
        .join('；'),
    ]),
    ...layout.legend.map((item) =>
      el('g', { class: 'chart-legend' }, [
        el('rect', { class: `series-${item.series}`, x: '0', y: String(item.y - 11), width: '12', height: '12' }),
        el('text', { x: '18', y: String(item.y) }, [item.label]),
      ]),
    ),
    el('line', { class: 'chart-baseline', x1: '0.5', x2: '0.5', y1: String(layout.baseline.y1), y2: String(layout.baseline.y2) }),
    ...layout.rows.map((row) =>
      el('g', {}, [
        el('text', { class: 'chart-label', x: '6', y: String(row.labelY) }, [row.label]),
        ...row.marks.flatMap((mark) => [
          el('rect', { class: `series-${mark.series}`, x: '0', y: String(mark.y), width: `${Math.max(mark.width, 0.4).toFixed(3)}%`, height: String(mark.height) }),
          el(
            'text',
            {
              class: mark.labelInside ? 'chart-value inside' : 'chart-value',
              x: `${mark.width.toFixed(3)}%`,
              dx: mark.labelInside ? '-6' : '6',
              y: String(mark.y + mark.height - 5),
              'text-anchor': mark.labelInside ? 'end' : 'start',
            },
            [mark.value],
          ),
        ]),
      ]),
    ),
  ]);

  const header = el('tr', {}, [
    el('th', { scope: 'col' }, inEach((lang) => [translate(lang)('chartCategory')])),
    ...chart.series.map((series) => el('th', { scope: 'col' }, inEach((lang) => [shown(series.label, lang)]))),
  ]);
  const rows = chart.series[0]!.points.map((point, i) =>
    el('tr', {}, [
      el('th', { scope: 'row' }, inEach((lang) => [shown(point.label, lang)])),
      ...chart.series.map((series) => {
        const { value, anchor } = series.points[i]!;
        return el('td', {}, [
          ...inEach((lang) => [formatValue(value, series.unit, lang)]),
          el('a', { class: 'chart-source', href: anchorHref(anchor) }, [anchorLabel(anchor, translate(SOURCE_LANG))]),
        ]);
      }),
    ]),
  );

  return el('figure', { class: 'chart', id: figureId }, [
    el('figcaption', {}, inEach((lang) => [el('span', { class: 'chart-title' }, [shown(chart.title, lang)]), ' ', el('span', { class: 'chart-caption' }, [shown(chart.caption, lang)])])),
    svg,
    el('table', { class: 'chart-data' }, [el('thead', {}, [header]), el('tbody', {}, rows)]),
  ]);
}
