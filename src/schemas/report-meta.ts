import { z } from 'zod';
import { bilingualText } from './bilingual.ts';
import { httpUrl } from './http-url.ts';
import { PROFILE_IDS } from '../pipeline/genre-profile.ts';

/**
 * A text of the metadata in Chinese, its English optional: a report can be added before anyone has
 * translated its metadata. The pages show the Chinese where the English is missing, and the build warns.
 */
const chineseFirst = bilingualText.partial({ en: true });

/**
 * The metadata file beside each seed: `seeds/<seed>.meta.yaml` (`npm run report:add` drafts one).
 * Only what the pages cannot do without is required: the slug, the Chinese title and the date.
 */
export const reportMetaSchema = z.strictObject({
  /** URL slug of the report, e.g. `quzhou-2015`; lower-case letters, digits and hyphens. */
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/u, 'expected lower-case letters, digits and hyphens, starting with a letter'),
  /** Full title of the report. */
  title: chineseFirst,
  /** Short title for navigation and citations; the title where absent. */
  shortTitle: chineseFirst.optional(),
  /** Day the report was delivered, ISO 8601 (YYYY-MM-DD). */
  date: z.iso.date(),
  /** The session of the people's congress at which it was delivered. */
  venue: chineseFirst.optional(),
  /** Who delivered it. */
  speaker: chineseFirst.optional(),
  /** The speaker's office at the time. */
  office: chineseFirst.optional(),
  /** The body in whose name the report was made (the citation's author). */
  author: chineseFirst.optional(),
  /** Place of publication, for citations. */
  place: chineseFirst.optional(),
  /** Where the seed text comes from. */
  source: z
    .strictObject({
      /** What the seed is a copy of. */
      description: chineseFirst.optional(),
      /** Public address of the original, when known. */
      url: httpUrl.optional(),
    })
    .optional(),
  /** The layout the seed parser follows (src/pipeline/genre-profile.ts); a government work report's by default. */
  profile: z.enum(PROFILE_IDS).optional(),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;

/** The fields that are text in Chinese and English. */
export const TEXT_FIELDS = ['title', 'shortTitle', 'venue', 'speaker', 'office', 'author', 'place'] as const;

/** The metadata fields given in Chinese but not yet in English (the build warns about them). */
export function missingEnglish(meta: ReportMeta): string[] {
  const fields: [string, { en?: string } | undefined][] = [...TEXT_FIELDS.map((f): [string, { en?: string } | undefined] => [f, meta[f]]), ['source.description', meta.source?.description]];
  return fields.filter(([, text]) => text !== undefined && text.en === undefined).map(([name]) => name);
}

/** A metadata text in a language, and the language it is actually in: the Chinese stands in for missing English. */
export function metaText(text: { zh: string; en?: string } | undefined, lang: 'zh' | 'en'): { text: string; lang: 'zh' | 'en' } | undefined {
  if (text === undefined) return undefined;
  const inLang = text[lang];
  return inLang === undefined ? { text: text.zh, lang: 'zh' } : { text: inLang, lang };
}
