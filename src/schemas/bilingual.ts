import { z } from 'zod';

/** A text given in both languages of the edition. */
export const bilingualText = z.strictObject({
  /** Simplified Chinese. */
  zh: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
});
export type BilingualText = z.infer<typeof bilingualText>;
