import { z } from 'zod';
import { localizedText } from './localized-text.ts';
import { httpUrl } from './http-url.ts';

export const GLOSSARY_KINDS = ['campaign', 'instrument', 'programme', 'institution', 'place', 'organisation', 'figure'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** One entry of the glossary: `content/glossary/<id>.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  /** Toneless pinyin slug, the file's name: `wu-shui-gong-zhi`. Starts with a letter (it is an HTML id too). */
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'expected a pinyin slug: lower-case ASCII syllables joined by hyphens, starting with a letter'),
  /** The term as it mostly occurs in the report, without quotation marks. */
  term: z.string().trim().min(1),
  /** Other exact forms under which it occurs (`两化`, `两化深度融合`). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Hanyu pinyin with tone marks, one syllable per Han character of the term, space-separated. */
  pinyin: z.string().trim().min(1),
  /** The English rendering this edition's translation uses, every time. */
  en: z.string().trim().min(1),
  /** Other established renderings, each with where it is used. */
  renderings: z.array(z.strictObject({ text: z.string().trim().min(1), source: z.string().trim().min(1) })).default([]),
  /** What sort of term it is. */
  kind: z.enum(GLOSSARY_KINDS),
  /** False when the exact meaning of a local slogan could not be established (the long text says so). */
  established: z.boolean(),
  /** One sentence per language, for the toggletip. */
  short: localizedText,
  /** What it is, who launched it and when, what it consists of. */
  long: localizedText,
  /** Ids of related entries. */
  related: z.array(z.string()).default([]),
  /** Where the explanation comes from: an anchor of the report, or a publication. */
  sources: z
    .array(
      z.union([
        z.strictObject({
          /** An anchor id of a report that says it. */
          anchor: z.string().min(1),
          /** The report's slug; without it, the first report that has the anchor. */
          report: z.string().optional(),
        }),
        z.strictObject({ /** A publication. */ title: z.string().trim().min(1), /** Its address. */ url: httpUrl.optional() }),
      ]),
    )
    .min(1, 'expected at least one source'),
  /** Set to false for an entry kept although no report of the edition uses it. */
  occursInText: z.boolean().default(true),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** `content/glossary/_exclusions.yaml`: quoted expressions that are not terms, each with why. */
export const glossaryExclusionsSchema = z.array(
  z.strictObject({
    /** The quoted expression, without quotation marks. */
    term: z.string().trim().min(1),
    /** Why it is not an entry. */
    reason: z.string().trim().min(1),
  }),
);
export type GlossaryExclusion = z.infer<typeof glossaryExclusionsSchema>[number];
