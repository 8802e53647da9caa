/**
 * The built glossary pages: the timeline on the index (its marks are the entries a source dates and
 * their later steps, each a link to its entry, with the same rows in the table), the structured facts
 * and the “also within” note of the concordance on entry pages, and the facts in glossary.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { page } from '../support/dist.ts';
import { edition } from '../support/edition.ts';

const { glossary } = edition;
const dated = glossary.entries.filter((e) => typeof e.introduced === 'object');

describe.each(['zh', 'en'])('the glossary index (%s)', (lang) => {
  const tree = page(`/${lang}/glossary/`);

  it('draws one introduction mark per dated entry and one mark per later step, each linking to its entry', () => {
    const marks = selectAll('svg a.timeline-mark', tree);
    const introduced = marks.filter((m) => m.properties.dataKind === 'introduced').map((m) => String(m.properties.dataEntry)).sort();
    expect(introduced).toEqual(dated.map((e) => e.id).sort());
    const later = marks.filter((m) => m.properties.dataKind === 'later');
    expect(later.length).toBe(dated.reduce((n, e) => n + e.later.length, 0));
    for (const mark of marks) expect(String(mark.properties.href)).toMatch(new RegExp(`/${lang}/glossary/${String(mark.properties.dataEntry)}/$`, 'u'));
  });

  it('gives the same entries as a table beside the chart', () => {
    const rows = selectAll('.timeline-data tbody tr', tree);
    expect(rows.length).toBe(dated.length);
  });
});

describe('a glossary entry page', () => {
  it('shows the structured facts with their sources', () => {
    const facts = toString(select('dl.facts', page('/en/glossary/he-zhang-zhi/'))!);
    expect(facts).toContain('Introduced2003');
    expect(facts).toMatch(/Later2016: The General Offices of the CPC Central Committee/u);
  });

  it('lists the sentences where the term stands inside a longer one, linking that entry', () => {
    const tree = page('/zh/glossary/qu-jiang/');
    const note = select('.concordance-within', tree)!;
    expect(selectAll('a', note).map((a) => String(a.properties.href))).toEqual([expect.stringMatching(/qu-jiang-hang-yun\/$/u), expect.stringMatching(/qu-jiang-chou-shui-xu-neng-dian-zhan\/$/u)]);
    expect(toString(note)).toContain('衢江航运（2 句）');
  });

  it('publishes the facts and sources in glossary.json', () => {
    const data = JSON.parse(readFileSync('dist/data/glossary.json', 'utf8')) as { entries: { id: string; level: unknown; introduced: unknown; sources: unknown[]; pinyin: string }[] };
    const entry = data.entries.find((e) => e.id === 'di-bao')!;
    expect(entry.level).toBe('national');
    expect(entry.introduced).toMatchObject({ year: 1997, source: { kind: 'official', number: '国发〔1997〕29号' } });
    expect(entry.sources.length).toBeGreaterThan(1);
    expect(data.entries.find((e) => e.id === 'qu-jiang')!.pinyin).toBe('Qújiāng');
  });
});
