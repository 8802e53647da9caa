/**
 * What a page in one language shows of a text given in several: its own language where there is
 * one, else the source language's, marked pending (the page writes it with its `lang` and the
 * pending mark: src/components/Localized.astro).
 */
import type { LocalizedText } from '../schemas/localized-text.ts';
import { SOURCE_LANG, type Lang } from './langs.ts';

export interface ShownText {
  text: string;
  /** The language the text is actually in. */
  lang: Lang;
  /** True where the source text stands in for a missing translation. */
  pending: boolean;
}

export function localize(text: LocalizedText, lang: Lang): ShownText {
  const own = text[lang];
  if (own !== undefined) return { text: own, lang, pending: false };
  return { text: text[SOURCE_LANG]!, lang: SOURCE_LANG, pending: lang !== SOURCE_LANG };
}

/** The text alone, for places that hold no markup (a title, an attribute, a citation). */
export const localized = (text: LocalizedText, lang: Lang): string => localize(text, lang).text;
