/**
 * The terminology report: translated sentences whose Chinese contains a glossed term but
 * whose English lacks that term's rendering. A report for translators, listed by anchor —
 * not a failure (a rendering may be inflected or rephrased for good reason).
 */
import type { Glossary } from './load-glossary.ts';
import type { LoadedReport } from './load-edition.ts';
import { entryText } from '../schemas/translation.ts';
import { plainTranslation } from '../pipeline/inline-translation.ts';

export interface MissingRendering {
  report: string;
  anchor: string;
  term: string;
  rendering: string;
}

export function missingRenderings(glossary: Glossary, reports: LoadedReport[]): MissingRendering[] {
  const missing: MissingRendering[] = [];
  for (const report of reports) {
    for (const unit of report.units) {
      const entry = report.english.get(unit.id);
      if (!entry) continue;
      const english = new Set(glossary.matcher.find(plainTranslation(entryText(entry)), 'en').map((m) => m.id));
      for (const id of new Set(glossary.matcher.find(unit.zh, 'zh').map((m) => m.id))) {
        if (english.has(id)) continue;
        const term = glossary.byId.get(id)!;
        missing.push({ report: report.meta.slug, anchor: unit.id, term: term.term, rendering: term.en });
      }
    }
  }
  return missing;
}
