/**
 * The edition as a work (content/edition.yaml) and its history (content/changelog.yaml): the real
 * files load and agree; a change naming a missing anchor, releases out of order, or an edition
 * version that is not the newest release each stop the build at the line; `revised` is the newest
 * release whose translation change names the anchor.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_VERSION, loadEditionHistory, revisedIn, revisions } from '../../src/edition/load-edition-meta.ts';
import { reportData } from '../../src/edition/published-data.ts';
import { makeUrls } from '../../src/site/urls.ts';
import type { Changelog } from '../../src/schemas/changelog.ts';
import { edition } from '../support/edition.ts';

const anchors = new Set(edition.reports.flatMap((r) => r.units.map((u) => u.id)));

describe('the real edition', () => {
  it('names its title, editors, version 1.1.0 and licence, and its version is the newest release', () => {
    expect(edition.meta.version).toBe(edition.changelog[0]!.version);
    expect(edition.meta.licence.name).toBe('CC BY 4.0');
    expect(edition.meta.editors.en).toBe('the editors of this edition');
    expect(edition.changelog.at(-1)!.version).toBe(FIRST_VERSION);
  });

  it('names only anchors that exist in its changelog', () => {
    const named = edition.changelog.flatMap((r) => r.changes.flatMap((c) => c.anchors));
    for (const anchor of named) expect(anchors.has(anchor), anchor).toBe(true);
  });

  it('publishes the edition block and every unit’s revised version', () => {
    const data = reportData(edition.reports[0]!, edition, makeUrls('/'));
    expect(data.edition).toEqual({ title: edition.meta.title, version: '1.1.0', date: edition.meta.date, licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, editors: edition.meta.editors });
    const revised = revisions(edition.changelog);
    for (const unit of data.units) expect(unit.revised).toBe(revised.get(unit.id) ?? FIRST_VERSION);
    expect(data.units.every((u) => /^\d+\.\d+\.\d+$/u.test(u.revised))).toBe(true);
  });
});

describe('revised', () => {
  const text = { zh: '改' };
  const changelog: Changelog = [
    { version: '1.2.0', date: '2027-01-01', summary: text, changes: [{ kind: 'note', anchors: ['a'], description: text }, { kind: 'translation', anchors: ['b'], description: text }] },
    { version: '1.1.0', date: '2026-11-28', summary: text, changes: [{ kind: 'translation', anchors: ['a', 'b'], description: text }] },
    { version: '1.0.0', date: '2026-11-27', summary: text, changes: [] },
  ];
  it('is the newest release whose translation change names the anchor; a note does not count; never revised is 1.0.0', () => {
    const revised = revisions(changelog);
    expect(revisedIn(revised, 'a')).toBe('1.1.0');
    expect(revisedIn(revised, 'b')).toBe('1.2.0');
    expect(revisedIn(revised, 'c')).toBe('1.0.0');
  });
});

describe('bad history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edition-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const editionFile = join(dir, 'edition.yaml');
  const changelogFile = join(dir, 'changelog.yaml');
  writeFileSync(editionFile, readFileSync('content/edition.yaml'));
  const release = (version: string, date: string, anchor = 'p1-1-s2') =>
    `- version: ${version}\n  date: ${date}\n  summary: { zh: 版 }\n  changes:\n    - kind: translation\n      anchors: [${anchor}]\n      description: { zh: 改 }\n`;
  const load = (changelog: string) => {
    writeFileSync(changelogFile, changelog);
    return () => loadEditionHistory(editionFile, changelogFile, anchors);
  };

  it('loads a good one', () => {
    expect(load(release('1.1.0', '2026-11-28') + release('1.0.0', '2026-11-27'))().changelog).toHaveLength(2);
  });
  it('stops at a change naming an anchor no report has, at its line', () => {
    expect(load(release('1.1.0', '2026-11-28', 'p9-9-s99') + release('1.0.0', '2026-11-27'))).toThrow(/changelog\.yaml:6:\d+ \(0\.changes\.0\.anchors\.0\): “p9-9-s99” is not an anchor of any report/u);
  });
  it('stops at releases out of order', () => {
    expect(load(release('1.0.0', '2026-11-27') + release('1.1.0', '2026-11-28'))).toThrow(/releases go newest first: 1\.0\.0 is listed before 1\.1\.0/u);
  });
  it('stops when the edition’s version is not the newest release', () => {
    expect(load(release('1.2.0', '2026-12-01') + release('1.1.0', '2026-11-28'))).toThrow(/edition\.yaml \(version\): expected the newest release .*1\.2\.0 of 2026-12-01, got 1\.1\.0 of 2026-11-28/u);
  });
  it('stops at a change of an unknown kind, naming it', () => {
    expect(load(release('1.1.0', '2026-11-28').replace('kind: translation', 'kind: typo'))).toThrow(/changelog\.yaml:5:\d+ \(0\.changes\.0\.kind\)/u);
  });
});
