/**
 * A chapter's sentences as published, for the cite panel to copy (src/scripts/cite-panel.ts): by
 * anchor, then by the language tag of each language that has the sentence (a sentence waiting for its
 * translation has only its Chinese). One file per chapter, `/<lang>/<report>/<chapter>/sentences.json`,
 * fetched when the panel first opens, instead of a copy of the chapter in every language inside the page.
 */
import { unitText } from './unit-text.ts';
import type { LoadedReport } from './load-edition.ts';
import { LANGS, language } from '../i18n/langs.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import type { ChapterSentences } from '../scripts/cite-panel.ts';

export function chapterSentences(report: LoadedReport, units: Unit[]): ChapterSentences {
  return Object.fromEntries(
    units.map((unit) => [unit.id, Object.fromEntries(LANGS.flatMap((l) => { const shown = unitText(report, unit, l); return shown.pending ? [] : [[language(l).htmlLang, shown.text]]; }))]),
  );
}
