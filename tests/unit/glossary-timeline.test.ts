/** The timeline's layout: one introduction mark per dated entry, in the band of its level, and one mark per later step. */
import { describe, expect, it } from 'vitest';
import { edition } from '../support/edition.ts';
import { datedEntries, layoutTimeline } from '../../src/charts/layout-timeline.ts';

const { glossary } = edition;
const layout = layoutTimeline(glossary.entries);
const marks = layout.bands.flatMap((b) => b.lanes.flatMap((l) => l.marks.map((m) => ({ ...m, level: b.level }))));

describe('the campaign timeline layout', () => {
  it('has one introduction mark for every entry a source dates, and for no other', () => {
    const dated = glossary.entries.filter((e) => typeof e.introduced === 'object').map((e) => e.id).sort();
    expect(dated.length).toBeGreaterThan(20);
    expect(marks.filter((m) => m.kind === 'introduced').map((m) => m.id).sort()).toEqual(dated);
  });

  it('places each mark in its level’s band, at its year, later steps after the introduction on the same lane', () => {
    for (const { entry, introduced } of datedEntries(glossary.entries)) {
      const own = marks.filter((m) => m.id === entry.id);
      expect(own.every((m) => m.level === (entry.level ?? 'unknown'))).toBe(true);
      expect(own.find((m) => m.kind === 'introduced')!.year).toBe(introduced.year);
      expect(own.filter((m) => m.kind === 'later').map((m) => m.year)).toEqual(entry.later.map((l) => l.year));
      expect(new Set(own.map((m) => m.y)).size).toBe(1);
    }
  });

  it('orders years from left to right within the width', () => {
    const byYear = [...marks].sort((a, b) => a.year - b.year);
    for (let i = 1; i < byYear.length; i++) expect(byYear[i]!.x).toBeGreaterThanOrEqual(byYear[i - 1]!.x);
    expect(Math.min(...marks.map((m) => m.x))).toBeGreaterThan(0);
    expect(Math.max(...marks.map((m) => m.xTo ?? m.x))).toBeLessThan(100);
  });
});
