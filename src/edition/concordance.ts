/** Every sentence of every report in which a glossary term occurs, with where it occurs, in both languages. */
import type { Glossary } from './load-glossary.ts';
import type { LoadedReport } from './load-edition.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import type { TermMatch } from '../pipeline/term-matcher.ts';
import { chapterUnits } from '../pipeline/chapters.ts';
import { unitText } from './unit-text.ts';

export interface Occurrence {
  report: LoadedReport;
  chapter: string;
  unit: Unit;
  zh: { text: string; matches: TermMatch[] };
  /** The English text (or the Chinese while untranslated) and where the rendering stands in it. */
  en: { text: string; matches: TermMatch[]; pending: boolean };
}

export function concordance(glossary: Glossary, reports: LoadedReport[]): Map<string, Occurrence[]> {
  const byTerm = new Map<string, Occurrence[]>(glossary.entries.map((e) => [e.id, []]));
  for (const report of reports) {
    for (const chapter of report.chapters) {
      for (const unit of chapterUnits(chapter)) {
        const zhMatches = glossary.matcher.find(unit.zh, 'zh');
        if (zhMatches.length === 0) continue;
        const en = unitText(report, unit, 'en');
        const enMatches = glossary.matcher.find(en.text, en.lang);
        for (const id of new Set(zhMatches.map((m) => m.id))) {
          byTerm.get(id)!.push({
            report,
            chapter: chapter.slug,
            unit,
            zh: { text: unit.zh, matches: zhMatches.filter((m) => m.id === id) },
            en: { text: en.text, matches: enMatches.filter((m) => m.id === id), pending: en.pending },
          });
        }
      }
    }
  }
  return byTerm;
}
