/** Chart data: every value traceable to its sentence, errors naming chart, value and anchor; values in each language. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCharts } from '../../src/charts/load-charts.ts';
import { formatValue } from '../../src/charts/format-value.ts';
import { edition } from '../support/edition.ts';

const reports = edition.reports.map((r) => ({ slug: r.meta.slug, units: r.units }));

describe('chart data', () => {
  it('has one chart per file of content/charts/, 15 of them (add to the count on purpose)', () => {
    const files = readdirSync('content/charts').filter((f) => f.endsWith('.yaml'));
    expect(edition.charts.map((c) => `${c.id}.yaml`).sort()).toEqual(files.sort());
    expect(edition.charts).toHaveLength(15);
  });

  it('takes every value from the Chinese text of the sentence it cites, unit included', () => {
    for (const chart of edition.charts) {
      const units = new Map(edition.reports.find((r) => r.meta.slug === chart.report)!.units.map((u) => [u.id, u.zh.replace(/\s+/gu, '')]));
      for (const point of chart.series.flatMap((s) => s.points)) {
        expect(units.get(point.anchor), `${chart.id} ${point.anchor}`).toContain(point.text.replace(/\s+/gu, ''));
        expect(point.text).toMatch(new RegExp(`${String(point.value).replace('.', '\\.')}(?!\\d)`, 'u'));
      }
    }
  });

  const withChart = (mutate: (yaml: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'charts-'));
    writeFileSync(join(dir, 'headline-2014.yaml'), mutate(readFileSync('content/charts/headline-2014.yaml', 'utf8')));
    return dir;
  };
  it('refuses a value that is not in its sentence, naming chart, value and anchor', () => {
    const dir = withChart((yaml) => yaml.replace('text: 7.4%', 'text: 7.5%').replace('value: 7.4', 'value: 7.5'));
    expect(() => loadCharts(dir, reports)).toThrow(/headline-2014\.yaml \(series [a-z0-9-]+, .+\): value “7\.5%” does not stand in p1-1-s2/u);
  });
  it('refuses a value that differs from the figure it quotes', () => {
    const dir = withChart((yaml) => yaml.replace('value: 7.4', 'value: 74'));
    expect(() => loadCharts(dir, reports)).toThrow(/value 74 is not the figure of “7\.4%”/u);
  });
});

describe('values in each language', () => {
  it('converts units as the translation does', () => {
    expect(formatValue(1121, 'yi-yuan', 'en')).toBe('112.1 billion yuan');
    expect(formatValue(80.3, 'yi-yuan', 'en')).toBe('8.03 billion yuan');
    expect(formatValue(28.9, 'yi-usd', 'en')).toBe('US$2.89 billion');
    expect(formatValue(6.6, 'wan-people', 'en')).toBe('66,000 people');
    expect(formatValue(30583, 'yuan', 'en')).toBe('30,583 yuan');
    expect(formatValue(1121, 'yi-yuan', 'zh')).toBe('1121 亿元');
    expect(formatValue(7.4, 'percent', 'zh')).toBe('7.4%');
  });
});
