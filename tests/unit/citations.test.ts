/**
 * Citations in Node: the templates citation-js renders at build time (src/citations/citations.ts),
 * filled for one sentence as the cite panel's script fills them (tokens.ts), give the exact
 * citation in every format. The cite panel itself is checked in Chromium (tests/site/reading-citing).
 */
import { describe, expect, it } from 'vitest';
import { reportCitations } from '../../src/citations/citations.ts';
import { fillCitation } from '../../src/citations/tokens.ts';
import { anchorLabel } from '../../src/i18n/anchor-label.ts';
import { translate } from '../../src/i18n/strings.ts';
import { sentenceCitations } from '../support/citations.ts';
import { edition } from '../support/edition.ts';

const ORIGIN = 'https://reports.example.org';
const { meta } = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;

const filled = (lang: 'zh' | 'en', anchor: string) => {
  const templates = reportCitations(meta, lang, `/${lang}/quzhou-2015/part-1/`, true);
  const fill = { origin: ORIGIN, anchor, locator: anchorLabel(anchor, translate(lang)), apaLocator: anchorLabel(anchor, translate('en')).replace('§', ''), accessed: '2026-11-27' };
  return Object.fromEntries(Object.entries(templates).map(([format, template]) => [format, fillCitation(template, fill)]));
};

describe('the citation of one sentence', () => {
  it('is exact in every format on an English page', () => {
    const { permalink: _permalink, ...expected } = sentenceCitations(ORIGIN);
    expect(filled('en', 'p1-1-s2')).toEqual(expected);
  });

  it('is in Chinese by GB/T 7714 on a Chinese page', () => {
    expect(filled('zh', 'p1-1-s2').gbt).toBe(`衢州市人民政府. 2015年衢州市政府工作报告[R/OL]. 衢州: 衢州市人民政府, 2015: §1.1 第2句[2026-11-27]. ${ORIGIN}/zh/quzhou-2015/part-1/#p1-1-s2.`);
  });

  it('cites the whole report without a pinpoint', () => {
    const whole = reportCitations(meta, 'en', '/en/quzhou-2015/', false);
    expect(whole.apaInText).toBe('(Quzhou Municipal People’s Government, 2015)');
    expect(whole.bibtex).not.toMatch(/note = /u);
    expect(whole.gbt).not.toMatch(/XLOCATORX|XANCHORX/u);
  });
});
