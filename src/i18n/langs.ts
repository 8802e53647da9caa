/**
 * The edition's languages, from the one table `languages.json` (schema: src/schemas/languages.ts):
 * the source language the reports are written in, and the translations. Everything that names a
 * language reads it from here; adding a language is an entry in the table (see the README).
 * The table is imported as a module, so the integration, the pages and the build's checks all
 * read the same copy; client scripts receive what they need from their page.
 */
import table from './languages.json' with { type: 'json' };
import { languagesSchema, type Language } from '../schemas/languages.ts';
import { EditionError } from '../pipeline/edition-error.ts';

export const LANGUAGES_FILE = 'src/i18n/languages.json';

/** A language code of the table (`zh`, `en`). */
export type Lang = string;
export type { Language };

function checkedTable(): Language[] {
  const result = languagesSchema.safeParse(table);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new EditionError(LANGUAGES_FILE, issue.path.length > 0 ? issue.path.join('.') : undefined, issue.message);
}

/** Every language, the source first, in the table's order. */
export const LANGUAGES: readonly Language[] = checkedTable();
export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);
/** The language the reports are written in: its text is never translated into it, and stands in where a translation is missing. */
export const SOURCE_LANG: Lang = LANGUAGES[0]!.code;
/** The languages the reports are translated into. */
export const TRANSLATION_LANGS: readonly Lang[] = LANGS.filter((code) => code !== SOURCE_LANG);

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));
export const isLang = (code: string | undefined): code is Lang => code !== undefined && byCode.has(code);

export function language(code: Lang): Language {
  const found = byCode.get(code);
  if (!found) throw new Error(`“${code}” is not a language of ${LANGUAGES_FILE}`);
  return found;
}

/** The value of the `lang` attribute for each language. */
export const HTML_LANG: Readonly<Record<Lang, string>> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.htmlLang]));

/**
 * The language a chapter's parallel view sets beside the page's: a translation is read beside the
 * source; the source beside the first translation of the table.
 */
export const parallelPartner = (lang: Lang): Lang => (lang === SOURCE_LANG ? TRANSLATION_LANGS[0]! : SOURCE_LANG);
