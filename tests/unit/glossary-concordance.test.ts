/**
 * The concordance lists every sentence in which a term's form stands, inside longer terms too, and
 * says which longer terms those are; the marks in the text still give the longest match.
 */
import { describe, expect, it } from 'vitest';
import { edition } from '../support/edition.ts';
import { concordance, withinSummary } from '../../src/edition/concordance.ts';

const { glossary } = edition;
const occurrences = concordance(glossary, edition.reports);
const sentences = edition.reports.flatMap((r) => r.units.map((u) => u.zh.replace(/\s+/gu, '')));

/** An independent count: the places where one of the entry's forms stands, its longer forms first, never overlapping each other. */
function plainCount(text: string, forms: string[]): number {
  const taken: [number, number][] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
      if (!taken.some(([s, e]) => i < e && i + form.length > s)) taken.push([i, i + form.length]);
    }
  }
  return taken.length;
}

describe('the concordance', () => {
  it('counts for every entry what a plain substring count of the report finds, sentence by sentence', () => {
    const mismatches: string[] = [];
    for (const entry of glossary.entries) {
      const forms = [entry.term, ...entry.aliases].map((f) => f.replace(/\s+/gu, ''));
      const plain = sentences.reduce((n, text) => n + plainCount(text, forms), 0);
      const plainSentences = sentences.filter((text) => plainCount(text, forms) > 0).length;
      const listed = occurrences.get(entry.id) ?? [];
      const counted = listed.reduce((n, o) => n + o.zh.matches.length, 0);
      if (counted !== plain || listed.length !== plainSentences) mismatches.push(`${entry.id}: concordance ${counted} in ${listed.length} sentences, report ${plain} in ${plainSentences}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('lists the sentences where a term stands only inside a longer one, and names the longer terms', () => {
    expect(withinSummary(occurrences.get('qu-jiang')!)).toEqual([
      { id: 'qu-jiang-hang-yun', sentences: 2 },
      { id: 'qu-jiang-chou-shui-xu-neng-dian-zhan', sentences: 1 },
    ]);
    expect(withinSummary(occurrences.get('gu-dao')!)).toEqual([{ id: 'xin-xi-gu-dao', sentences: 1 }]);
    const quzhou = occurrences.get('qu-zhou')!;
    const marked = quzhou.filter((o) => glossary.matcher.find(o.zh.text, 'zh').some((m) => m.id === 'qu-zhou'));
    expect(quzhou.length - marked.length).toBeGreaterThanOrEqual(8);
  });

  it('leaves the marks in the text to the longest term', () => {
    const sentence = occurrences.get('qu-jiang-hang-yun')![0]!.zh.text;
    expect(glossary.matcher.find(sentence, 'zh').map((m) => m.id)).toContain('qu-jiang-hang-yun');
    expect(glossary.matcher.find(sentence, 'zh').filter((m) => m.text === '衢江')).toEqual([]);
  });
});
