import { z } from 'zod';
import { localizedText } from './localized-text.ts';
import { httpUrl } from './http-url.ts';

/** The metadata file beside each seed: `seeds/<seed>.meta.yaml`. */
export const reportMetaSchema = z.strictObject({
  /** URL slug of the report, e.g. `quzhou-2015`; lower-case letters, digits and hyphens. */
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/u, 'expected lower-case letters, digits and hyphens, starting with a letter'),
  /** Full title of the report. */
  title: localizedText,
  /** Short title for navigation and citations. */
  shortTitle: localizedText,
  /** Day the report was delivered, ISO 8601 (YYYY-MM-DD). */
  date: z.iso.date(),
  /** The session of the people's congress at which it was delivered. */
  venue: localizedText,
  /** Who delivered it. */
  speaker: localizedText,
  /** The speaker's office at the time. */
  office: localizedText,
  /** The body in whose name the report was made (the citation's author). */
  author: localizedText,
  /** Place of publication, for citations. */
  place: localizedText,
  /** Where the seed text comes from. */
  source: z.strictObject({
    /** What the seed is a copy of. */
    description: localizedText,
    /** Public address of the original, when known. */
    url: httpUrl.optional(),
  }),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;
