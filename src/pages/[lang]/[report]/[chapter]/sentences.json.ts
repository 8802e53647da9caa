/** `/<lang>/<report>/<chapter>/sentences.json`: the chapter's sentences in every language, for its cite panel (src/edition/chapter-sentences.ts). */
import type { APIRoute } from 'astro';
import { chapterPaths } from '../../../../edition/edition-data.ts';
import { chapterSentences } from '../../../../edition/chapter-sentences.ts';
import type { LoadedReport } from '../../../../edition/load-edition.ts';
import { chapterUnits, type Chapter } from '../../../../pipeline/chapters.ts';

export const getStaticPaths = chapterPaths;

export const GET: APIRoute = ({ props }) => {
  const { report, chapter } = props as { report: LoadedReport; chapter: Chapter };
  return new Response(JSON.stringify(chapterSentences(report, chapterUnits(chapter))), { headers: { 'Content-Type': 'application/json' } });
};
