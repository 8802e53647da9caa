/**
 * A glossary entry's name as a page in one language shows it: the term itself in the source
 * language, the edition's rendering in English (the glossary's `en`), and in a language the
 * glossary has no names in, the term, marked pending like any text that stands in for a translation.
 */
import { SOURCE_LANG, type Lang } from '../i18n/langs.ts';
import type { ShownText } from '../i18n/localize.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** The language of the glossary's renderings (an entry's `en`). */
export const RENDERING_LANG: Lang = 'en';

export function termName(entry: GlossaryEntry, lang: Lang): ShownText {
  if (lang === RENDERING_LANG) return { text: entry.en, lang, pending: false };
  return { text: entry.term, lang: SOURCE_LANG, pending: lang !== SOURCE_LANG };
}
