/**
 * Structured facts: every campaign, policy instrument, programme and institution says at which level
 * it was introduced, by whom and when — or says plainly that no source establishes it — and every
 * dated fact carries its source.
 */
import { describe, expect, it } from 'vitest';
import { edition } from '../support/edition.ts';
import { glossaryEntrySchema, KINDS_WITH_ORIGIN } from '../../src/schemas/glossary.ts';

const { glossary } = edition;
const withOrigin = glossary.entries.filter((e) => KINDS_WITH_ORIGIN.includes(e.kind));

describe('structured facts of the glossary', () => {
  it('belong to a glossary of 200 entries or more', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(200);
  });

  it('cover the entries of the kinds that have an origin', () => {
    expect(withOrigin.length).toBeGreaterThan(100);
    const missing = withOrigin.filter((e) => e.level === undefined || e.issuer === undefined || e.introduced === undefined).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('date the introduction of the programmes the issue names, each with its source', () => {
    const year = (id: string) => {
      const introduced = glossary.byId.get(id)!.introduced;
      return typeof introduced === 'object' ? introduced.year : introduced;
    };
    expect({ 'he-zhang-zhi': year('he-zhang-zhi'), 'di-bao': year('di-bao'), 'gong-zu-fang': year('gong-zu-fang'), 'xin-san-ban': year('xin-san-ban'), 'mei-li-xiang-cun': year('mei-li-xiang-cun') }).toEqual({
      'he-zhang-zhi': 2003,
      'di-bao': 1997,
      'gong-zu-fang': 2010,
      'xin-san-ban': 2013,
      'mei-li-xiang-cun': 2010,
    });
  });

  it('are refused when an entry of those kinds leaves one out', () => {
    const entry = glossary.byId.get('he-zhang-zhi')!;
    const { issuer: _, ...withoutIssuer } = entry;
    const result = glossaryEntrySchema.safeParse(withoutIssuer);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['issuer']);
    expect(glossaryEntrySchema.safeParse({ ...withoutIssuer, issuer: 'unknown' }).success).toBe(true);
  });

  it('refuse a later step without its source', () => {
    const entry = glossary.byId.get('he-zhang-zhi')!;
    const result = glossaryEntrySchema.safeParse({ ...entry, later: [{ year: 2018, text: entry.short }] });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['later.0.source']);
  });
});
