/**
 * The glossary's sourcing rules, as the schema enforces them: every source has a kind; no source
 * stands on a content farm, document mirror or exam-preparation site; an entry has a source other
 * than the report, or its explanation is marked as the edition's own.
 */
import { describe, expect, it } from 'vitest';
import { DISALLOWED_SOURCE_HOSTS, glossaryEntrySchema } from '../../src/schemas/glossary.ts';

const press = { kind: 'press', title: 'River chiefs safeguard China’s clean waters', publisher: 'CGTN', date: '2023-05-12', url: 'https://news.cgtn.com/news/2023-05-12/x/index.html' };
const entry = {
  id: 'he-zhang-zhi',
  term: '河长制',
  pinyin: 'hézhǎngzhì',
  en: 'river chief system',
  enSource: press,
  kind: 'figure',
  established: true,
  short: { zh: '河长负责河段。', en: 'Officials answer for a river.' },
  long: { zh: '河长负责河段。', en: 'Officials answer for a river.' },
  sources: [{ kind: 'report', anchor: 'p1-2-s4' }, press],
};
const issues = (data: unknown) => {
  const result = glossaryEntrySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('glossary sources', () => {
  it('accepts an entry with a report sentence and a press report', () => {
    expect(issues(entry)).toEqual([]);
  });

  it('refuses a source without a kind', () => {
    const { kind: _, ...kindless } = press;
    expect(issues({ ...entry, sources: [kindless] }).join('\n')).toMatch(/^sources\.0/mu);
  });

  it('refuses a press source without its date and an academic one without its authors', () => {
    const { date: _, ...undated } = press;
    expect(issues({ ...entry, sources: [undated] }).join('\n')).toMatch(/^sources\.0\.date/mu);
    const article = { kind: 'academic', title: 'The Rise and Transfer of the River Chief System', venue: 'Sustainability', year: 2024 };
    expect(issues({ ...entry, sources: [article] }).join('\n')).toMatch(/^sources\.0\.authors/mu);
  });

  it.each(['https://www.doc88.com/p-123.html', 'http://nmhdgaokao.com/zhejiangsheng/jiangqu_info.html', 'https://fdocuments.net/document/x.html', 'http://www.scswl.cn/html/79/x.htm'])(
    'refuses a source on a disallowed host, naming the field and the host: %s',
    (url) => {
      const host = new URL(url).hostname.replace(/^www\./u, '');
      const found = issues({ ...entry, sources: [entry.sources[0], { ...press, url }] });
      expect(found).toEqual([expect.stringMatching(new RegExp(`^sources\\.1\\.url: (www\\.)?${host.replaceAll('.', '\\.')} is a content farm`, 'u'))]);
    },
  );

  it('refuses a disallowed host wherever a source stands: a rendering, the introduction, a later step', () => {
    const farm = { ...press, url: 'https://wenku.baidu.com/view/1.html' };
    expect(issues({ ...entry, renderings: [{ text: 'river heads', source: farm }] })).toEqual([expect.stringMatching(/^renderings\.0\.source\.url: wenku\.baidu\.com/u)]);
    expect(issues({ ...entry, later: [{ year: 2016, text: entry.short, source: farm }] })).toEqual([expect.stringMatching(/^later\.0\.source\.url: /u)]);
  });

  it('refuses an address that is not http(s) in every field that holds one: a source, the document, a later step', () => {
    const bad = 'javascript:alert(9)';
    expect(issues({ ...entry, sources: [entry.sources[0], { ...press, url: bad }] })).toEqual([expect.stringMatching(/^sources\.1\.url: expected an http:\/\/ or https:\/\/ address/u)]);
    expect(issues({ ...entry, document: { title: { zh: '关于全面推行河长制的意见' }, url: bad } })).toEqual([expect.stringMatching(/^document\.url: expected an http:\/\/ or https:\/\/ address/u)]);
    expect(issues({ ...entry, later: [{ year: 2016, text: entry.short, source: { ...press, url: 'data:text/html,x' } }] })).toEqual([expect.stringMatching(/^later\.0\.source\.url: expected an http:\/\/ or https:\/\/ address/u)]);
  });

  it('takes the facts’ texts as localized text: the source language required, a translation optional, no other code', () => {
    expect(issues({ ...entry, issuer: { zh: '中共中央办公厅、国务院办公厅' }, later: [{ year: 2016, text: { zh: '全国推行。' }, source: press }] })).toEqual([]);
    expect(issues({ ...entry, issuer: { en: 'General Office of the State Council' } })).not.toEqual([]);
    expect(issues({ ...entry, document: { title: { zh: '关于全面推行河长制的意见', fr: 'Avis' } } })).not.toEqual([]);
  });

  it('lists the hosts of the issue', () => {
    for (const host of ['doc88.com', 'docin.com', 'wenku.baidu.com', '360doc.com', 'fdocuments.net', 'nmhdgaokao.com', 'bubsandbeans.com', 'scswl.cn']) {
      expect(DISALLOWED_SOURCE_HOSTS).toContain(host);
    }
  });

  it('refuses an entry whose only sources are the report unless its explanation is marked as the edition’s own', () => {
    const reportOnly = { ...entry, sources: [{ kind: 'report', anchor: 'p1-2-s4' }] };
    expect(issues(reportOnly)).toEqual([expect.stringMatching(/^sources: expected a source that is not the report/u)]);
    expect(issues({ ...reportOnly, ownExplanation: true })).toEqual([]);
  });

  it('refuses an explanation marked as the edition’s own that cites no sentence of the report', () => {
    expect(issues({ ...entry, sources: [press], ownExplanation: true })).toEqual([expect.stringMatching(/^sources: an entry marked ownExplanation rests on the report/u)]);
  });

  it('refuses a rendering without a publication that uses it, unless it is marked as the edition’s own', () => {
    expect(issues({ ...entry, renderings: [{ text: 'river heads' }] })).not.toEqual([]);
    expect(issues({ ...entry, renderings: [{ text: 'river heads', source: { kind: 'report', anchor: 'p1-2-s4' } }] })).not.toEqual([]);
    expect(issues({ ...entry, renderings: [{ text: 'river heads', own: true }] })).toEqual([]);
    expect(issues({ ...entry, enSource: undefined })).toEqual([expect.stringMatching(/^enSource/u)]);
  });
});
