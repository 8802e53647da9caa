/**
 * The geometry of the glossary's campaign timeline, computed with d3-scale at build time: one band
 * per level of government, one lane per entry that a source dates, the entry's introduction as a
 * dot (a bar when it spans years) and its later steps as smaller marks on the same lane. Vertical
 * positions are in pixels; horizontal ones in percent, so the SVG fills any column and keeps its text size.
 */
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { LEVELS, type GlossaryEntry, type Level } from '../schemas/glossary.ts';

export type TimelineLevel = Level | 'unknown';

export interface TimelineMark {
  /** The entry the mark links to. */
  id: string;
  kind: 'introduced' | 'later';
  year: number;
  /** The last year of an introduction that spans years. */
  to?: number;
  /** Horizontal position, percent of the width (the end of a span in `xTo`). */
  x: number;
  xTo?: number;
  y: number;
}

export interface TimelineLane {
  id: string;
  /** The baseline of the lane's label, which stands above its marks at the left edge. */
  labelY: number;
  /** The line of the marks. */
  y: number;
  marks: TimelineMark[];
}

export interface TimelineBand {
  level: TimelineLevel;
  labelY: number;
  lanes: TimelineLane[];
}

export interface TimelineLayout {
  height: number;
  axis: { year: number; x: number }[];
  axisY: number;
  bands: TimelineBand[];
}

const BAND_HEAD = 26;
const LANE = 34;
const LABEL = 13;
const BAND_GAP = 10;
const AXIS = 24;

/** The entries a source dates (an `introduced` year), with their later steps. */
export function datedEntries(entries: GlossaryEntry[]) {
  return entries.flatMap((e) => (typeof e.introduced === 'object' ? [{ entry: e, introduced: e.introduced }] : []));
}

export function layoutTimeline(entries: GlossaryEntry[]): TimelineLayout {
  const dated = datedEntries(entries);
  const years = dated.flatMap(({ entry, introduced }) => [introduced.year, introduced.to ?? introduced.year, ...entry.later.map((l) => l.year)]);
  const [first = 2000, last = 2015] = extent(years);
  // A year's margin on each side keeps the first and last marks off the edges.
  const x = scaleLinear().domain([first - 1, last + 1]).range([2, 98]);
  const axis = x.ticks(Math.min(8, last - first + 2)).filter(Number.isInteger).map((year) => ({ year, x: x(year) }));
  let y = AXIS;
  const bands: TimelineBand[] = [];
  for (const level of [...LEVELS, 'unknown'] as TimelineLevel[]) {
    const inBand = dated.filter(({ entry }) => (entry.level ?? 'unknown') === level).sort((a, b) => a.introduced.year - b.introduced.year || a.entry.id.localeCompare(b.entry.id));
    if (inBand.length === 0) continue;
    const labelY = y + 18;
    y += BAND_HEAD;
    const lanes = inBand.map(({ entry, introduced }) => {
      // The label takes the upper line of the lane, from the left edge, so it never runs off the chart.
      const lane = { id: entry.id, labelY: y + LABEL, y: y + LABEL + 11 };
      const marks: TimelineMark[] = [
        { id: entry.id, kind: 'introduced', year: introduced.year, ...(introduced.to ? { to: introduced.to, xTo: x(introduced.to) } : {}), x: x(introduced.year), y: lane.y },
        ...entry.later.map((step) => ({ id: entry.id, kind: 'later' as const, year: step.year, x: x(step.year), y: lane.y })),
      ];
      y += LANE;
      return { ...lane, marks };
    });
    y += BAND_GAP;
    bands.push({ level, labelY, lanes });
  }
  return { height: y, axis, axisY: AXIS - 8, bands };
}
