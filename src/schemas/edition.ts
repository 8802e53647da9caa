import { z } from 'zod';
import { localizedText } from './localized-text.ts';
import { httpUrl } from './http-url.ts';

/** `content/edition.yaml`: the edition as a work of its own — who made it, which version, under what licence. */
export const editionMetaSchema = z.strictObject({
  /** The edition's title, as cited (container of the translation). */
  title: localizedText,
  /** Who made the edition, as the edition names them (a body, never an invented person); cited as the translators of the English. */
  editors: localizedText,
  /** The released version, semantic (MAJOR.MINOR.PATCH); the newest release of content/changelog.yaml. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/u, 'expected a semantic version such as 1.1.0'),
  /** The release date of that version, ISO 8601 (YYYY-MM-DD). */
  date: z.iso.date(),
  /** The licence of the edition's own work (translation, notes, glossary, charts). */
  licence: z.strictObject({
    /** Its short name, e.g. CC BY 4.0. */
    name: z.string().trim().min(1),
    /** Where its text is published. */
    url: httpUrl,
    /** What it covers, in words. */
    scope: localizedText,
  }),
  /** The status of the source text: an official document, not the edition's work nor under its licence. */
  sourceStatus: localizedText,
});
export type EditionMeta = z.infer<typeof editionMetaSchema>;
