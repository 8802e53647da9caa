import { z } from 'zod';
import { LANGUAGES, SOURCE_LANG } from '../i18n/langs.ts';

/**
 * A text in the edition's languages (src/i18n/languages.json), keyed by language code: the source
 * language required, every translation optional. Where a translation is missing, pages show the
 * source text with its `lang` and the pending mark (src/i18n/localize.ts); a code that is not a
 * language of the table is an error.
 *   title:
 *     zh: 2015年衢州市政府工作报告
 *     en: Report on the Work of the Quzhou Municipal Government (2015)
 */
export type LocalizedText = { readonly [lang: string]: string | undefined };

const text = z.string().trim().min(1);

export const localizedText = z.strictObject(
  Object.fromEntries(LANGUAGES.map((l) => [l.code, l.code === SOURCE_LANG ? text : text.optional()])),
) as unknown as z.ZodType<LocalizedText>;
