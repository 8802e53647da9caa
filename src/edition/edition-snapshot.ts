/**
 * The loaded edition as plain data and back. The integration loads and checks the edition
 * once; the pages receive it through the virtual module `virtual:bilingual-edition`
 * (edition-module.ts), which carries this snapshot. Reviving rebuilds only what is derived
 * from checked data (lookup maps, the term matcher): nothing is read or checked again.
 */
import type { Edition, LoadedReport } from './load-edition.ts';
import { glossaryOf } from './load-glossary.ts';
import type { GlossaryEntry, GlossaryExclusion } from '../schemas/glossary.ts';
import type { TranslationEntry } from '../schemas/translation.ts';
import type { Lang } from '../i18n/langs.ts';

export interface EditionSnapshot {
  root: string;
  meta: Edition['meta'];
  changelog: Edition['changelog'];
  reports: (Omit<LoadedReport, 'translations'> & { translations: [Lang, [string, TranslationEntry][]][] })[];
  glossary: { entries: GlossaryEntry[]; exclusions: GlossaryExclusion[] };
  charts: Edition['charts'];
}

export function snapshotEdition(edition: Edition): EditionSnapshot {
  return {
    root: edition.root,
    meta: edition.meta,
    changelog: edition.changelog,
    reports: edition.reports.map((report) => ({ ...report, translations: [...report.translations].map(([lang, entries]) => [lang, [...entries]]) })),
    glossary: { entries: edition.glossary.entries, exclusions: edition.glossary.exclusions },
    charts: edition.charts,
  };
}

export function reviveEdition(snapshot: EditionSnapshot): Edition {
  return {
    root: snapshot.root,
    meta: snapshot.meta,
    changelog: snapshot.changelog,
    reports: snapshot.reports.map((report) => ({ ...report, translations: new Map(report.translations.map(([lang, entries]) => [lang, new Map(entries)])) })),
    glossary: glossaryOf(snapshot.glossary.entries, snapshot.glossary.exclusions),
    charts: snapshot.charts,
  };
}
