/**
 * Every internal URL of the site is made here, so the edition can be served from a
 * sub-path (Astro's `base`) and published under any `site` without a broken link.
 */
import { isLang, type Lang } from '../i18n/langs.ts';

export interface Urls {
  home(): string;
  langHome(lang: Lang): string;
  report(lang: Lang, report: string): string;
  chapter(lang: Lang, report: string, chapter: string, anchor?: string): string;
  /** The chapter's sentences in every language, fetched by its cite panel. */
  chapterSentences(lang: Lang, report: string, chapter: string): string;
  /** The chapter side by side in both languages; ids are those of `lang`. */
  parallel(lang: Lang, report: string, chapter: string, anchor?: string): string;
  glossary(lang: Lang): string;
  figures(lang: Lang): string;
  /** What the edition is, its principles and its history. */
  about(lang: Lang): string;
  search(lang: Lang, query?: string): string;
  /** Pagefind's script, loaded only when exact search finds few matches or the reader asks for more. */
  pagefind(): string;
  /** The folder of the exact-search index (edition/exact-search-files.ts). */
  exactSearch(): string;
  glossaryEntry(lang: Lang, id: string): string;
  /** What the glossary toggletips of a report's pages in `lang` show, fetched by their script. */
  toggletips(lang: Lang, report: string): string;
  data(file: string): string;
  /** The same page in another language (its language folder swapped); from a page outside the language folders, that language's home. */
  inLanguage(path: string, lang: Lang): string;
  /** An absolute URL when the site's public address is configured, else the path itself. */
  absolute(path: string): string;
}

export function makeUrls(base: string, site?: string | URL): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    home: () => root,
    langHome: (lang) => `${root}${lang}/`,
    report: (lang, report) => `${root}${lang}/${report}/`,
    chapter: (lang, report, chapter, anchor) => `${root}${lang}/${report}/${chapter}/${anchor ? `#${anchor}` : ''}`,
    chapterSentences: (lang, report, chapter) => `${root}${lang}/${report}/${chapter}/sentences.json`,
    parallel: (lang, report, chapter, anchor) => `${root}${lang}/${report}/${chapter}/parallel/${anchor ? `#${anchor}` : ''}`,
    glossary: (lang) => `${root}${lang}/glossary/`,
    figures: (lang) => `${root}${lang}/figures/`,
    about: (lang) => `${root}${lang}/about/`,
    search: (lang, query) => `${root}${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    pagefind: () => `${root}pagefind/pagefind.js`,
    exactSearch: () => `${root}exact-search/`,
    glossaryEntry: (lang, id) => `${root}${lang}/glossary/${id}/`,
    toggletips: (lang, report) => `${root}${lang}/${report}/toggletips.json`,
    data: (file) => `${root}data/${file}`,
    inLanguage: (path, lang) => {
      const [folder, ...rest] = path.startsWith(root) ? path.slice(root.length).split('/') : [];
      return isLang(folder) ? `${root}${[lang, ...rest].join('/')}` : `${root}${lang}/`;
    },
    absolute: (path) => (site ? new URL(path, site).href : path),
  };
}

/** The site's URLs as the pages see them (Astro's configured base and site). */
export const siteUrls = (): Urls => makeUrls(import.meta.env.BASE_URL, import.meta.env.SITE);
