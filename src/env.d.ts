declare namespace App {
  /** Set for every page by src/middleware.ts. */
  interface Locals {
    /** The page's language. */
    lang: import('./i18n/langs.ts').Lang;
    /** The page's messages: `t('searchStatus', { count: 3, query })`. */
    t: import('./i18n/messages.ts').Translate;
    /** Every internal URL, with the site's base. */
    urls: import('./site/urls.ts').Urls;
  }
}
