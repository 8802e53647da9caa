import { z } from 'zod';

/**
 * Codes the published data (`dist/data/<slug>.json`) already uses as field names of a unit, beside the
 * one field per language named by its code: a language cannot take one of them as its code.
 */
const PUBLISHED_UNIT_FIELDS = ['id', 'label', 'chapter', 'kind', 'url'];

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false; // Intl throws a RangeError on a malformed tag
  }
}

/** One language of the edition: an entry of `src/i18n/languages.json`. */
export const languageSchema = z.strictObject({
  /** The code in URLs (`/en/…`), file and folder names (`content/translations/<slug>/en/`, `src/i18n/strings/en.json`) and data fields. */
  code: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/u, 'expected a lower-case language code such as “en”, “fr” or “pt-br”')
    .refine((code) => !PUBLISHED_UNIT_FIELDS.includes(code), { error: (issue) => `“${String(issue.input)}” is a field name of the published data; choose another code` }),
  /** The value of the HTML `lang` attribute (BCP 47): `zh-Hans`, `en`. */
  htmlLang: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u, 'expected a BCP 47 language tag such as “en” or “zh-Hans”'),
  /** The language's name in itself, as the language switch and the search filters show it. */
  label: z.string().trim().min(1),
  /** The `Intl` locale for dates, numbers, plural rules and sorting: `en-GB`. */
  locale: z.string().refine(isLocale, 'expected a locale tag such as “en-GB”'),
  /** True for the one language the reports are written in: every other language is a translation of it. */
  source: z.boolean().default(false),
});
export type Language = z.infer<typeof languageSchema>;

/** The whole table: the source language first, codes unique. Its order is the order of languages in the switch and the data. */
export const languagesSchema = z
  .array(languageSchema)
  .min(2, 'expected the source language and at least one translation')
  .superRefine((languages, context) => {
    const sources = languages.filter((l) => l.source);
    if (sources.length !== 1 || !languages[0]!.source) context.addIssue({ code: 'custom', path: [0, 'source'], message: 'expected exactly one source language, listed first' });
    const seen = new Set<string>();
    for (const [i, { code }] of languages.entries()) {
      if (seen.has(code)) context.addIssue({ code: 'custom', path: [i, 'code'], message: `“${code}” is listed twice` });
      seen.add(code);
    }
  });
