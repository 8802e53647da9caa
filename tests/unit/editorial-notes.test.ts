/** The editorial notes: checked once when the edition loads (load-notes.ts), errors naming file, line and note. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadNotes } from '../../src/edition/load-notes.ts';
import { entryText } from '../../src/schemas/translation.ts';
import { plainTranslation } from '../../src/pipeline/inline-translation.ts';
import { edition } from '../support/edition.ts';

const report = edition.reports.find((r) => r.meta.slug === 'quzhou-2015')!;
const english = report.translations.get('en')!;
const textOf = (unit: { id: string }, lang: string) => {
  const entry = report.translations.get(lang)?.get(unit.id);
  return entry === undefined ? undefined : entryText(entry);
};
const count = (text: string, phrase: string) => text.split(phrase).length - 1;

function load(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'notes-'));
  writeFileSync(join(dir, 'notes.yaml'), yaml);
  return () => loadNotes(dir, 'quzhou-2015', report.units, textOf);
}

const good = `- anchor: p2-3-s4
  phrase: 和的
  kind: textual
  text: { zh: 衍字。, en: A stray character. }
`;

describe('the notes of quzhou-2015', () => {
  it('are at least 20, each on an anchor of the report, each phrase once in the text of its language', () => {
    expect(report.notes.length).toBeGreaterThanOrEqual(20);
    const units = new Map(report.units.map((u) => [u.id, u]));
    for (const note of report.notes) {
      const unit = units.get(note.anchor);
      expect(unit, note.anchor).toBeDefined();
      if (note.phrase?.zh !== undefined) expect(count(unit!.zh, note.phrase.zh), `${note.anchor} ${note.phrase.zh}`).toBe(1);
      if (note.phrase?.en !== undefined) expect(count(plainTranslation(entryText(english.get(note.anchor)!)), note.phrase.en), `${note.anchor} ${note.phrase.en}`).toBe(1);
      expect(note.text.en, `${note.anchor}: an English text`).toBeDefined();
    }
  });

  it('come in reading order', () => {
    const order = new Map(report.units.map((u, i) => [u.id, i]));
    const positions = report.notes.map((n) => order.get(n.anchor)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('are each named by a note change of the changelog', () => {
    const releases = YAML.parse(readFileSync('content/changelog.yaml', 'utf8')) as { changes: { kind: string; anchors: string[] }[] }[];
    const noted = new Set(releases.flatMap((r) => r.changes.filter((c) => c.kind === 'note').flatMap((c) => c.anchors)));
    expect(report.notes.map((n) => n.anchor).filter((a) => !noted.has(a))).toEqual([]);
  });
});

describe('a notes file with a mistake stops the build, naming the file, the line and the note', () => {
  it('accepts a good note', () => {
    expect(load(good)()).toHaveLength(1);
  });
  it('refuses an anchor the report does not have', () => {
    expect(load(good.replace('p2-3-s4', 'p2-3-s99'))).toThrow(/notes\.yaml:1:11 \(0\.anchor\): “p2-3-s99” is not an anchor of report quzhou-2015/u);
  });
  it('refuses a phrase that is not in the unit', () => {
    expect(load(good.replace('和的', '不在句中'))).toThrow(/notes\.yaml:2:11 \(0\.phrase\): “不在句中” does not occur in the zh text of p2-3-s4/u);
  });
  it('refuses a phrase that occurs more than once', () => {
    expect(load(good.replace('和的', '农业'))).toThrow(/“农业” occurs 2 times in the zh text of p2-3-s4: give a longer phrase/u);
  });
  it('refuses an English phrase that is not in the translation', () => {
    expect(load(good.replace('phrase: 和的', 'phrase: { zh: 和的, en: capital and of }'))).toThrow(/“capital and of” does not occur in the en text of p2-3-s4/u);
  });
  it('refuses an unknown kind, with what is allowed', () => {
    expect(load(good.replace('kind: textual', 'kind: typo'))).toThrow(/notes\.yaml:3:9 \(0\.kind\): expected “textual”, “translation”/u);
  });
  it('refuses a note without its Chinese text', () => {
    expect(load(good.replace('zh: 衍字。, ', ''))).toThrow(/notes\.yaml:4:9 \(0\.text\.zh\): missing/u);
  });
});
