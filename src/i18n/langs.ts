/** The edition's languages: Chinese is the source text, English the translation. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The value of the `lang` attribute for each language. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

/** The language the report is written in: its text is never translated into it, and stands in where a translation is missing. */
export const SOURCE_LANG: Lang = 'zh';

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
