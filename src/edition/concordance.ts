/**
 * Every sentence of every report in which a glossary term's Chinese form stands, in the source text
 * and in each translation — including the sentences where it stands only inside a longer term (衢江
 * inside 衢江航运), which the marks in the text leave to the longer term; those are noted, so the
 * entry page can say where.
 */
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
  /** The Chinese and every place the term's own forms stand in it. */
  zh: { text: string; matches: TermMatch[] };
  /** Each translation language's text (or the source text while untranslated) and where the term stands in it. */
  translations: Record<Lang, ShownText & { matches: TermMatch[] }>;
  /** Ids of the longer terms that some of this sentence's occurrences stand inside (their marks win in the text). */
  within: string[];
}

export function concordance(glossary: Glossary, reports: LoadedReport[]): Map<string, Occurrence[]> {
  const byTerm = new Map<string, Occurrence[]>(glossary.entries.map((e) => [e.id, []]));
  for (const report of reports) {
    for (const chapter of report.chapters) {
      for (const unit of chapterUnits(chapter)) {
        const own = glossary.matcher.findEach(unit.zh);
        if (own.size === 0) continue;
        const marks = glossary.matcher.find(unit.zh, SOURCE_LANG);
        const shown = TRANSLATION_LANGS.map((lang) => {
          const text = unitText(report, unit, lang);
          return [lang, { ...text, matches: glossary.matcher.find(text.text, text.lang) }] as const;
        });
        for (const [id, matches] of own) {
          const within = new Set<string>();
          for (const m of matches) {
            const mark = marks.find((k) => k.start <= m.start && k.end >= m.end);
            if (mark && mark.id !== id) within.add(mark.id);
          }
          byTerm.get(id)!.push({
            report,
            chapter: chapter.slug,
            unit,
            zh: { text: unit.zh, matches },
            translations: Object.fromEntries(shown.map(([lang, text]) => [lang, { ...text, matches: text.matches.filter((m) => m.id === id) }])),
            within: [...within],
          });
        }
      }
    }
  }
  return byTerm;
}

/** For an entry's occurrences: the longer terms its form also stands inside, each with its number of sentences. */
export function withinSummary(occurrences: Occurrence[]): { id: string; sentences: number }[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) for (const id of o.within) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, sentences]) => ({ id, sentences })).sort((a, b) => b.sentences - a.sentences || a.id.localeCompare(b.id));
}
