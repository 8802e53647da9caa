/**
 * The terminology report: translated sentences whose Chinese contains a glossed term but
 * whose English lacks that term's rendering. A report for translators, listed by anchor —
 * not a failure (a rendering may be inflected or rephrased for good reason).
 */
import type { Glossary } from './load-glossary.ts';
import type { LoadedReport } from './load-edition.ts';
import { plainTranslation } from '../pipeline/inline-translation.ts';
import { SOURCE_LANG } from '../i18n/langs.ts';
import { translationOf } from './unit-text.ts';
import { RENDERING_LANG } from './glossary-names.ts';

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
      const translation = translationOf(report, unit.id, RENDERING_LANG);
      if (translation === undefined) continue;
      const english = new Set(glossary.matcher.find(plainTranslation(translation), RENDERING_LANG).map((m) => m.id));
      for (const id of new Set(glossary.matcher.find(unit.zh, SOURCE_LANG).map((m) => m.id))) {
        if (english.has(id)) continue;
        const term = glossary.byId.get(id)!;
        missing.push({ report: report.meta.slug, anchor: unit.id, term: term.term, rendering: term.en });
      }
    }
  }
  return missing;
}
