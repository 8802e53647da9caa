import { z } from 'zod';
import { localizedText, type LocalizedText } from './localized-text.ts';

export const NOTE_KINDS = ['textual', 'translation'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/**
 * One editorial note: `content/notes/<report>/*.yaml` holds a list of them.
 *   - anchor: p2-3-s4
 *     phrase: 和的
 *     kind: textual
 *     text:
 *       zh: 原文如此……
 *       en: The source reads …
 */
export const editorialNoteSchema = z.strictObject({
  /** The anchor id of the unit the note is about. */
  anchor: z.string().trim().min(1),
  /**
   * The words of the unit the note is about, each of which must occur exactly once in the unit's text
   * in its language: a string is the Chinese phrase; `{ zh, en }` also places the marker in a translation.
   * Without it, the marker stands at the end of the unit's text.
   */
  phrase: z
    .union([z.string().trim().min(1), localizedText])
    .transform((value): LocalizedText => (typeof value === 'string' ? { zh: value } : value))
    .optional(),
  /** textual: the source's own error or inconsistency (the text stays as it is); translation: what a slogan or a rendering means, and why. */
  kind: z.enum(NOTE_KINDS),
  /** The note, in the edition's languages; English may quote Chinese as {{zh:…}}. */
  text: localizedText,
});
export type EditorialNoteInput = z.infer<typeof editorialNoteSchema>;

/** A notes file: a list of notes. */
export const notesFileSchema = z.array(editorialNoteSchema);
