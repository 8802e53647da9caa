/**
 * Chart data (`content/charts/<id>.yaml`), checked for provenance: every value carries
 * the anchor of the sentence that states it, and its figure must stand in that sentence's
 * Chinese text, unit included, as a figure of its own (not inside a longer number). A value not in
 * the text stops the build, naming chart, value and anchor.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EditionError } from '../pipeline/edition-error.ts';
import { findFigure } from '../pipeline/figures.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import { chartSchema, type Chart } from '../schemas/chart.ts';
import { displayPath, readYamlAs } from '../edition/read-content.ts';
import { SOURCE_LANG, TRANSLATION_LANGS } from '../i18n/langs.ts';
import { localized } from '../i18n/localize.ts';

export function loadCharts(dir: string, reports: { slug: string; units: Unit[] }[]): Chart[] {
  if (!existsSync(dir)) return [];
  const charts: Chart[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const chart = readYamlAs(chartSchema, file);
    const where = displayPath(file);
    if (`${chart.id}.yaml` !== name) throw new EditionError(where, 'id', `id “${chart.id}” does not match the file name ${name}`);
    const report = reports.find((r) => r.slug === chart.report);
    if (!report) throw new EditionError(where, 'report', `“${chart.report}” is not a report of the edition`);
    const units = new Map(report.units.map((u) => [u.id, u]));
    if (!units.has(chart.after)) throw new EditionError(where, 'after', `“${chart.after}” is not an anchor of ${chart.report}`);
    const categories = chart.series[0]!.points.map((p) => p.label[SOURCE_LANG]);
    for (const series of chart.series) {
      if (chart.kind === 'grouped-bar' && series.points.map((p) => p.label[SOURCE_LANG]).join('|') !== categories.join('|')) {
        throw new EditionError(where, `series ${series.id}`, 'every series of a grouped-bar chart must have the same categories in the same order');
      }
      for (const point of series.points) {
        const place = `series ${series.id}, ${localized(point.label, TRANSLATION_LANGS[0]!)}`;
        const unit = units.get(point.anchor);
        if (!unit) throw new EditionError(where, place, `anchor “${point.anchor}” is not an anchor of ${chart.report}`);
        const found = findFigure(unit.zh, point.text);
        if (!found.stands) {
          const inside = found.insideOf ? `: it occurs only as part of the longer number “${found.insideOf}”` : '';
          throw new EditionError(where, place, `value “${point.text}” does not stand in ${point.anchor} (“${unit.zh.slice(0, 30)}…”)${inside}`);
        }
        const stated = Number(/\d+(?:\.\d+)?/u.exec(point.text)?.[0]);
        if (stated !== point.value) throw new EditionError(where, place, `value ${point.value} is not the figure of “${point.text}” (${stated})`);
      }
    }
    charts.push(chart);
  }
  return charts;
}
