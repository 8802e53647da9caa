/** Every sentence of every report in which a glossary term occurs, with where it occurs, in the source text and in each translation. */
import type { Glossary } from './load-glossary.ts';
import type { LoadedReport } from './load-edition.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import type { TermMatch } from '../pipeline/term-matcher.ts';
import { chapterUnits } from '../pipeline/chapters.ts';
import { SOURCE_LANG, TRANSLATION_LANGS, type Lang } from '../i18n/langs.ts';
import { unitText, type ShownText } from './unit-text.ts';

export interface Occurrence {
  report: LoadedReport;
  chapter: string;
  unit: Unit;
  zh: { text: string; matches: TermMatch[] };
  /** Each translation language's text (or the source text while untranslated) and where the term stands in it. */
  translations: Record<Lang, ShownText & { matches: TermMatch[] }>;
}

export function concordance(glossary: Glossary, reports: LoadedReport[]): Map<string, Occurrence[]> {
  const byTerm = new Map<string, Occurrence[]>(glossary.entries.map((e) => [e.id, []]));
  for (const report of reports) {
    for (const chapter of report.chapters) {
      for (const unit of chapterUnits(chapter)) {
        const zhMatches = glossary.matcher.find(unit.zh, SOURCE_LANG);
        if (zhMatches.length === 0) continue;
        const shown = TRANSLATION_LANGS.map((lang) => {
          const text = unitText(report, unit, lang);
          return [lang, { ...text, matches: glossary.matcher.find(text.text, text.lang) }] as const;
        });
        for (const id of new Set(zhMatches.map((m) => m.id))) {
          byTerm.get(id)!.push({
            report,
            chapter: chapter.slug,
            unit,
            zh: { text: unit.zh, matches: zhMatches.filter((m) => m.id === id) },
            translations: Object.fromEntries(shown.map(([lang, text]) => [lang, { ...text, matches: text.matches.filter((m) => m.id === id) }])),
          });
        }
      }
    }
  }
  return byTerm;
}
