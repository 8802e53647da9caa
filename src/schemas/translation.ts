import { z } from 'zod';

/**
 * One entry of a translation file (`content/translations/<slug>/<lang>/*.yaml`):
 * either the translated text, or an object when the entry needs a translator's note
 * (e.g. why a figure is written differently from the Chinese).
 */
export const translationEntrySchema = z.union([
  z.string().trim().min(1),
  z.strictObject({
    /** The translated text. */
    text: z.string().trim().min(1),
    /** Why this entry deviates from a rule a test checks (shown to reviewers, not readers). */
    note: z.string().trim().min(1),
  }),
]);
export type TranslationEntry = z.infer<typeof translationEntrySchema>;

/** A translation file: anchor id → entry. */
export const translationFileSchema = z.record(z.string(), translationEntrySchema);

export const entryText = (entry: TranslationEntry) => (typeof entry === 'string' ? entry : entry.text);
