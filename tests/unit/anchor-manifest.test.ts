import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnchors, manifestOf } from '../../src/edition/anchor-manifest.ts';
import { parseSeed } from '../../src/pipeline/parse-seed.ts';
import { unitsInReadingOrder } from '../../src/pipeline/report-tree.ts';
import { isAnchorId } from '../../src/pipeline/anchors.ts';
import { anchorLabel } from '../../src/i18n/anchor-label.ts';
import { translate } from '../../src/i18n/strings.ts';
import { edition } from '../support/edition.ts';


describe('the committed anchor manifest', () => {
  for (const report of edition.reports) {
    it(`freezes every anchor of ${report.meta.slug}, with the hash of its text`, () => {
      const committed = JSON.parse(readFileSync(`content/anchors/${report.meta.slug}.json`, 'utf8'));
      expect(report.anchors.unfrozen).toEqual([]);
      for (const [id, hash] of Object.entries(report.anchors.manifest)) expect(committed[id], id).toBe(hash);
    });
  }
});

describe('checkAnchors', () => {
  const units = unitsInReadingOrder(parseSeed(readFileSync('seeds/quzhou-2015-government-work-report.txt', 'utf8')));
  const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
  const manifestFile = join(dir, 'r.json');
  const redirectsFile = join(dir, 'r.redirects.yaml');
  const frozen = manifestOf(units);

  it('accepts the text it froze', () => {
    writeFileSync(manifestFile, JSON.stringify(frozen));
    expect(checkAnchors('r', units, manifestFile, join(dir, 'none.yaml')).unfrozen).toEqual([]);
  });

  it('refuses an anchor that now points at different text, naming it', () => {
    writeFileSync(manifestFile, JSON.stringify(frozen));
    const changed = units.map((u) => (u.id === 'p1-2-s7' ? { ...u, zh: '别的句子。' } : u));
    expect(() => checkAnchors('r', changed, manifestFile, join(dir, 'none.yaml'))).toThrow(/r\.json \(p1-2-s7\): published anchor “p1-2-s7” now points at different text/u);
  });

  it('refuses an anchor that disappeared, unless a redirect says where it went', () => {
    writeFileSync(manifestFile, JSON.stringify({ ...frozen, 'p9-s1': '0123456789abcdef' }));
    expect(() => checkAnchors('r', units, manifestFile, join(dir, 'none.yaml'))).toThrow(/\(p9-s1\): published anchor “p9-s1” no longer exists/u);
    writeFileSync(redirectsFile, '- from: p9-s1\n  to: p1-s1\n  reason: merged into the first sentence\n');
    expect(checkAnchors('r', units, manifestFile, redirectsFile).redirects).toHaveLength(1);
  });

  it('refuses a redirect to a missing anchor or from a live one', () => {
    writeFileSync(manifestFile, JSON.stringify(frozen));
    writeFileSync(redirectsFile, '- from: p9-s1\n  to: p9-s2\n  reason: test\n');
    expect(() => checkAnchors('r', units, manifestFile, redirectsFile)).toThrow(/redirect target “p9-s2” is not an anchor/u);
    writeFileSync(redirectsFile, '- from: p1-s1\n  to: p1-s2\n  reason: test\n');
    expect(() => checkAnchors('r', units, manifestFile, redirectsFile)).toThrow(/“p1-s1” is still an anchor/u);
  });
});

describe('the anchor scheme', () => {
  it('reads ids as a researcher writes them', () => {
    const en = translate('en');
    expect(anchorLabel('p1-2-s7', en)).toBe('§1.2, s.7');
    expect(anchorLabel('p1-2', en)).toBe('§1.2, heading');
    expect(anchorLabel('p3-s5', en)).toBe('§3, s.5');
    expect(anchorLabel('open-s2', en)).toBe('Opening, s.2');
    expect(anchorLabel('front-1', en)).toBe('Title, l.1');
    expect(anchorLabel('p1-2-s7', translate('zh'))).toBe('§1.2 第7句');
  });
  it('recognises its own ids only', () => {
    for (const unit of edition.reports.flatMap((r) => r.units)) expect(isAnchorId(unit.id), unit.id).toBe(true);
    for (const id of ['p1-', 'x1', 'p1-s', 'p1--s2', 'P1']) expect(isAnchorId(id), id).toBe(false);
  });
});
