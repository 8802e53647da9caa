/**
 * The editorial notes of one report: every `content/notes/<report>/*.yaml` checked against its
 * schema and against the report — the anchor exists; each phrase occurs exactly once in the unit's
 * text in its language (the Chinese, or the translation the phrase names). Each problem names the
 * file, the line and the note. The notes come back in reading order: by unit, then by where their
 * marker stands in the Chinese (a note without a phrase at the end of its unit), then as written.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EditionError } from '../pipeline/edition-error.ts';
import { plainTranslation } from '../pipeline/inline-translation.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import { notesFileSchema, type EditorialNoteInput } from '../schemas/notes.ts';
import { SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import { displayPath, readYaml, validate } from './read-content.ts';

export type EditorialNote = EditorialNoteInput;

/** Where the text of a unit in a language comes from: the translation's text with its markup, or undefined while it has none. */
type TextOf = (unit: Unit, lang: Lang) => string | undefined;

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

export function loadNotes(dir: string, slug: string, units: Unit[], textOf: TextOf): EditorialNote[] {
  if (!existsSync(dir)) return [];
  const order = new Map(units.map((u, i) => [u.id, i]));
  const byId = new Map(units.map((u) => [u.id, u]));
  const placed: { note: EditorialNote; unit: number; offset: number; written: number }[] = [];
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/u.test(f))
    .sort()
    .map((f) => join(dir, f));
  for (const file of files) {
    const { data, locate } = readYaml(file);
    const notes = validate(notesFileSchema, data ?? [], file, locate);
    notes.forEach((note, i) => {
      const fail = (field: string, reason: string) => {
        throw new EditionError(displayPath(file), `${i}.${field}`, reason, locate([i, field]));
      };
      const unit = byId.get(note.anchor);
      if (!unit) return fail('anchor', `“${note.anchor}” is not an anchor of report ${slug}`);
      for (const [lang, phrase] of Object.entries(note.phrase ?? {})) {
        if (phrase === undefined) continue;
        const raw = lang === SOURCE_LANG ? unit.zh : textOf(unit, lang);
        if (raw === undefined) return fail('phrase', `${note.anchor} has no ${lang} text for the phrase “${phrase}” to occur in`);
        const text = lang === SOURCE_LANG ? raw : plainTranslation(raw);
        const count = occurrences(text, phrase);
        if (count !== 1) {
          return fail('phrase', count === 0 ? `“${phrase}” does not occur in the ${lang} text of ${note.anchor}` : `“${phrase}” occurs ${count} times in the ${lang} text of ${note.anchor}: give a longer phrase that occurs once`);
        }
      }
      const zh = note.phrase?.[SOURCE_LANG];
      const offset = zh === undefined ? unit.zh.length + 1 : unit.zh.indexOf(zh) + zh.length;
      placed.push({ note, unit: order.get(unit.id)!, offset, written: placed.length });
    });
  }
  return placed.sort((a, b) => a.unit - b.unit || a.offset - b.offset || a.written - b.written).map((p) => p.note);
}
