/** The edition's languages: Chinese is the source text, English the translation. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The value of the `lang` attribute for each language. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
