/** `/<lang>/<report>/toggletips.json`: what the glossary toggletips of the report's pages in `lang` show (src/edition/toggletip-data.ts). */
import type { APIRoute } from 'astro';
import { edition } from '../../../edition/edition-data.ts';
import { toggletipData } from '../../../edition/toggletip-data.ts';
import type { LoadedReport } from '../../../edition/load-edition.ts';
import { LANGS } from '../../../i18n/langs.ts';

export function getStaticPaths() {
  return edition.reports.flatMap((report) => LANGS.map((lang) => ({ params: { lang, report: report.meta.slug }, props: { report } })));
}

export const GET: APIRoute = ({ props, locals }) =>
  new Response(JSON.stringify(toggletipData((props as { report: LoadedReport }).report, locals.lang, locals.urls, locals.t)), {
    headers: { 'Content-Type': 'application/json' },
  });
