import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/edition/load-glossary.ts';
import { missingRenderings } from '../../src/edition/terminology-report.ts';
import { createTermMatcher } from '../../src/pipeline/term-matcher.ts';
import { edition } from '../support/edition.ts';

const { glossary } = edition;
const HAN = /\p{Script=Han}/u;

describe('glossary content', () => {
  it('has one entry per file of content/glossary/, 217 of them (add to the count on purpose)', () => {
    const files = readdirSync('content/glossary').filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
    expect(glossary.entries.map((e) => `${e.id}.yaml`).sort()).toEqual(files.sort());
    expect(glossary.entries).toHaveLength(217);
  });

  it('covers every expression the reports put in quotation marks, or excludes it with a reason', () => {
    const forms = new Set(glossary.entries.flatMap((e) => [e.term, ...e.aliases].map((f) => f.replace(/\s+/gu, ''))));
    const excluded = new Set(glossary.exclusions.map((e) => e.term));
    const uncovered: string[] = [];
    for (const report of edition.reports) {
      const text = report.seedText.replace(/\s+/gu, '');
      for (const [, quoted] of text.matchAll(/“([^”]+)”/gu)) {
        if (!forms.has(quoted!) && !excluded.has(quoted!)) uncovered.push(`${report.meta.slug}: “${quoted}”`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('has English renderings and definitions without Chinese characters, and Chinese definitions', () => {
    for (const entry of glossary.entries) {
      expect(HAN.test(entry.en), `${entry.id} en`).toBe(false);
      expect(HAN.test(entry.short.en!), `${entry.id} short.en`).toBe(false);
      expect(HAN.test(entry.short.zh!), `${entry.id} short.zh`).toBe(true);
      expect(HAN.test(entry.long.zh!), `${entry.id} long.zh`).toBe(true);
    }
  });
});

describe('the term matcher', () => {
  const matcher = createTermMatcher([
    { id: 'xin-xi-gu-dao', zh: ['信息孤岛'], en: 'information silos' },
    { id: 'gu-dao', zh: ['孤岛'], en: 'isolated island' },
    { id: 'liang-hua', zh: ['两化融合', '两化', '两化深度融合'], en: 'integration of informatization and industrialization' },
    { id: 'lie-v', zh: ['劣V类水质'], en: 'worse than Class V' },
  ]);
  it('takes the longest match and never overlaps', () => {
    expect(matcher.find('打破信息孤岛和孤岛', 'zh').map((m) => [m.id, m.text])).toEqual([['xin-xi-gu-dao', '信息孤岛'], ['gu-dao', '孤岛']]);
    expect(matcher.find('推进两化深度融合与两化', 'zh').map((m) => m.text)).toEqual(['两化深度融合', '两化']);
  });
  it('finds a Chinese term across spaces in the seed', () => {
    expect(matcher.find('消除劣 V 类水质断面', 'zh').map((m) => m.text)).toEqual(['劣 V 类水质']);
  });
  it('finds an English rendering as whole words, in any case', () => {
    expect(matcher.find('Information Silos and isolated islands', 'en').map((m) => m.id)).toEqual(['xin-xi-gu-dao']);
  });
});

describe('glossary validation', () => {
  const units = edition.reports.map((r) => ({ slug: r.meta.slug, units: r.units }));
  const withEntry = (name: string, yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'wu-shui-gong-zhi.yaml'), readFileSync('content/glossary/wu-shui-gong-zhi.yaml', 'utf8').replace(/^related:.*$/mu, 'related: []'));
    writeFileSync(join(dir, name), yaml);
    return dir;
  };
  const base = readFileSync('content/glossary/san-gai-yi-chai.yaml', 'utf8');

  it('refuses a term that is an alias of another entry', () => {
    const dir = withEntry('san-gai-yi-chai.yaml', base.replace(/^aliases:.*$/mu, 'aliases: ["五水共治"]').replace(/^related:.*$/mu, 'related: []'));
    expect(() => loadGlossary(dir, units)).toThrow(/\.yaml \((san-gai-yi-chai|wu-shui-gong-zhi)\): “五水共治” is already a term or alias of (wu-shui-gong-zhi|san-gai-yi-chai)/u);
  });
  it('refuses an id that is not its file name, naming the field', () => {
    const dir = withEntry('other-name.yaml', base);
    expect(() => loadGlossary(dir, units)).toThrow(/other-name\.yaml \(id\): id “san-gai-yi-chai” does not match the file name/u);
  });
  it('refuses a missing field, naming it', () => {
    const dir = withEntry('san-gai-yi-chai.yaml', base.replace(/^kind:.*\n/mu, ''));
    expect(() => loadGlossary(dir, units)).toThrow(/san-gai-yi-chai\.yaml \(kind\)/u);
  });
  it('refuses an entry that occurs nowhere unless it says so', () => {
    const nowhere = base.replace(/^term:.*$/mu, 'term: 不存在的词').replace(/^aliases:.*$/mu, 'aliases: []').replace(/^related:.*$/mu, 'related: []');
    expect(() => loadGlossary(withEntry('san-gai-yi-chai.yaml', nowhere), units)).toThrow(/“不存在的词” occurs in no report/u);
    expect(() => loadGlossary(withEntry('san-gai-yi-chai.yaml', `${nowhere}\noccursInText: false\n`), units)).not.toThrow();
  });
  it('refuses a search alias that is a form of an entry: it belongs in aliases, where the text is marked by it', () => {
    const dir = withEntry('san-gai-yi-chai.yaml', base.replace(/^aliases:.*$/mu, (line) => `${line}\nsearchAliases: [ 五水共治 ]`));
    expect(() => loadGlossary(dir, units)).toThrow(/san-gai-yi-chai\.yaml \(san-gai-yi-chai, searchAliases\): “五水共治” is already a term or alias of wu-shui-gong-zhi/u);
  });
  it('refuses a related entry that does not exist', () => {
    const dir = withEntry('san-gai-yi-chai.yaml', base.replace(/^related:.*$/mu, 'related: [no-such-entry]'));
    expect(() => loadGlossary(dir, units)).toThrow(/related entry “no-such-entry” does not exist/u);
  });
});

describe('the terminology report', () => {
  it('lists a translated sentence whose English lacks the rendering of a term in its Chinese', () => {
    const report = edition.reports[0]!;
    const id = report.units.find((u) => u.zh.includes('五水共治') && report.translations.get('en')!.has(u.id))!.id;
    const english = new Map(report.translations.get('en'));
    english.set(id, 'A sentence that renders the campaign differently.');
    const missing = missingRenderings(glossary, [{ ...report, translations: new Map([['en', english]]) }]);
    expect(missing).toContainEqual({ report: report.meta.slug, anchor: id, term: '五水共治', rendering: glossary.byId.get('wu-shui-gong-zhi')!.en });
  });
});
