/**
 * What every page and component knows about the page being rendered, set once here (as Starlight's
 * locals.ts does) instead of in a preamble of each page: `Astro.locals.lang` (from the URL's
 * language folder; the source language outside them), `Astro.locals.t` (its messages) and
 * `Astro.locals.urls`. At build time it runs once for each prerendered page.
 */
import { defineMiddleware } from 'astro:middleware';
import { SOURCE_LANG, isLang } from './i18n/langs.ts';
import { translate } from './i18n/strings.ts';
import { siteUrls } from './site/urls.ts';

export const onRequest = defineMiddleware((context, next) => {
  const { lang } = context.params;
  context.locals.lang = isLang(lang) ? lang : SOURCE_LANG;
  context.locals.t = translate(context.locals.lang);
  context.locals.urls = siteUrls();
  return next();
});
