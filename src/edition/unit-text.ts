/** A unit's text as a page in one language shows it: English where translated, else the Chinese, marked pending. */
import type { Lang } from '../i18n/langs.ts';
import { plainTranslation } from '../pipeline/inline-translation.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import { entryText } from '../schemas/translation.ts';
import type { LoadedReport } from './load-edition.ts';

export interface ShownText {
  text: string;
  /** The language the text is actually in. */
  lang: Lang;
  pending: boolean;
}

export function unitText(report: LoadedReport, unit: Unit, lang: Lang): ShownText {
  if (lang === 'zh') return { text: unit.zh, lang: 'zh', pending: false };
  const entry = report.english.get(unit.id);
  if (entry === undefined) return { text: unit.zh, lang: 'zh', pending: true };
  return { text: plainTranslation(entryText(entry)), lang: 'en', pending: false };
}
