import { z } from 'zod';
import { localizedText, type LocalizedText } from './localized-text.ts';
import { httpUrl } from './http-url.ts';
import { PROFILE_IDS } from '../pipeline/genre-profile.ts';
import { SOURCE_LANG, TRANSLATION_LANGS, type Lang } from '../i18n/langs.ts';

/**
 * The metadata file beside each seed: `seeds/<seed>.meta.yaml` (`npm run report:add` drafts one).
 * Only what the pages cannot do without is required: the slug, the title in the source language and
 * the date. Every other field is optional; the pages show a visible fallback where one is missing.
 */
export const reportMetaSchema = z.strictObject({
  /** URL slug of the report, e.g. `quzhou-2015`; lower-case letters, digits and hyphens. */
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/u, 'expected lower-case letters, digits and hyphens, starting with a letter'),
  /** Full title of the report. */
  title: localizedText,
  /** Short title for navigation and citations; the title where absent. */
  shortTitle: localizedText.optional(),
  /** Day the report was delivered, ISO 8601 (YYYY-MM-DD). */
  date: z.iso.date(),
  /** The session of the people's congress at which it was delivered. */
  venue: localizedText.optional(),
  /** Who delivered it. */
  speaker: localizedText.optional(),
  /** The speaker's office at the time. */
  office: localizedText.optional(),
  /** The body in whose name the report was made (the citation's author). */
  author: localizedText.optional(),
  /** Place of publication, for citations. */
  place: localizedText.optional(),
  /** Where the seed text comes from. */
  source: z
    .strictObject({
      /** What the seed is a copy of. */
      description: localizedText.optional(),
      /** Public address of the original, when known. */
      url: httpUrl.optional(),
    })
    .optional(),
  /** The layout the seed parser follows (src/pipeline/genre-profile.ts); a government work report's by default. */
  profile: z.enum(PROFILE_IDS).optional(),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;

/** The fields that are text in the edition's languages. */
export const TEXT_FIELDS = ['title', 'shortTitle', 'venue', 'speaker', 'office', 'author', 'place'] as const;

/** The metadata fields given in the source language but missing in a translation language (the build warns about them), by language. */
export function missingTranslations(meta: ReportMeta): Record<Lang, string[]> {
  const fields: [string, LocalizedText | undefined][] = [...TEXT_FIELDS.map((f): [string, LocalizedText | undefined] => [f, meta[f]]), ['source.description', meta.source?.description]];
  const missing: Record<Lang, string[]> = {};
  for (const lang of TRANSLATION_LANGS) {
    const names = fields.filter(([, text]) => text !== undefined && text[SOURCE_LANG] !== undefined && text[lang] === undefined).map(([name]) => name);
    if (names.length > 0) missing[lang] = names;
  }
  return missing;
}
