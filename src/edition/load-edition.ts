/**
 * loadEdition: reads every report in `seeds/` with its metadata, translations and frozen
 * anchors, parses it, and checks that everything agrees. Any problem stops here with an
 * EditionError naming the file and the line or entry, before anything is written.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EditionError } from '../pipeline/edition-error.ts';
import { parseSeed } from '../pipeline/parse-seed.ts';
import { unitsInReadingOrder, type ReportTree, type Unit } from '../pipeline/report-tree.ts';
import { chaptersOf, type Chapter } from '../pipeline/chapters.ts';
import { missingTranslations, reportMetaSchema, type ReportMeta } from '../schemas/report-meta.ts';
import { DEFAULT_PROFILE, GENRE_PROFILES } from '../pipeline/genre-profile.ts';
import { translationFileSchema, entryText, type TranslationEntry } from '../schemas/translation.ts';
import { displayPath, readUtf8, readYamlAs } from './read-content.ts';
import { editionPaths } from './paths.ts';
import { checkAnchors, type AnchorCheck } from './anchor-manifest.ts';
import { loadGlossary, type Glossary } from './load-glossary.ts';
import { loadNotes, type EditorialNote } from './load-notes.ts';
import { loadCharts } from '../charts/load-charts.ts';
import type { Chart } from '../schemas/chart.ts';
import { loadEditionHistory } from './load-edition-meta.ts';
import type { EditionMeta } from '../schemas/edition.ts';
import type { Changelog } from '../schemas/changelog.ts';
import { LANGUAGES_FILE, TRANSLATION_LANGS, type Lang } from '../i18n/langs.ts';

export interface Coverage {
  translated: number;
  total: number;
}

/** How much of a report one language translates. */
export interface ReportCoverage {
  sentences: Coverage;
  headings: Coverage;
}

/** One language's translation of a report: its entries by anchor id. */
export type Translation = Map<string, TranslationEntry>;

export interface LoadedReport {
  meta: ReportMeta;
  seedFile: string;
  seedText: string;
  tree: ReportTree;
  /** Every unit in reading order. */
  units: Unit[];
  chapters: Chapter[];
  /** Every translation language of src/i18n/languages.json → its entries (none while a language has no files). */
  translations: Map<Lang, Translation>;
  /** Every translation language → how much of the report it translates. */
  coverage: Record<Lang, ReportCoverage>;
  anchors: AnchorCheck;
  /** Translation language → the metadata fields given in the source language but not in it (the build warns; the pages show the source). */
  missingMeta: Record<Lang, string[]>;
  /** The editorial notes, in reading order (load-notes.ts). */
  notes: EditorialNote[];
}

export interface Edition {
  root: string;
  /** The edition as a work of its own (content/edition.yaml). */
  meta: EditionMeta;
  /** Its releases, newest first (content/changelog.yaml). */
  changelog: Changelog;
  reports: LoadedReport[];
  glossary: Glossary;
  charts: Chart[];
}

export function loadEdition(root: string): Edition {
  const paths = editionPaths(root);
  const seedFiles = readdirSync(paths.seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(paths.seeds, f));
  if (seedFiles.length === 0) throw new EditionError(displayPath(paths.seeds), undefined, 'no seed: expected at least one .txt report');

  const reports = seedFiles.map((seedFile) => loadReport(root, seedFile));
  const slugs = new Map<string, string>();
  for (const report of reports) {
    const other = slugs.get(report.meta.slug);
    if (other) throw new EditionError(displayPath(paths.metaOf(report.seedFile)), 'slug', `slug “${report.meta.slug}” is already used by ${displayPath(other)}`);
    slugs.set(report.meta.slug, report.seedFile);
  }
  const anchored = reports.map((r) => ({ slug: r.meta.slug, units: r.units }));
  const glossary = loadGlossary(paths.glossary, anchored);
  const charts = loadCharts(paths.charts, anchored);
  const { meta, changelog } = loadEditionHistory(paths.editionMeta, paths.changelog, new Set(reports.flatMap((r) => r.units.map((u) => u.id))));
  return { root, meta, changelog, reports, glossary, charts };
}

export function loadReport(root: string, seedFile: string): LoadedReport {
  const paths = editionPaths(root);
  const metaFile = paths.metaOf(seedFile);
  if (!existsSync(metaFile)) {
    throw new EditionError(displayPath(seedFile), undefined, `no metadata: expected ${basename(metaFile)} beside the seed`);
  }
  const meta = readYamlAs(reportMetaSchema, metaFile);
  const seedText = readUtf8(seedFile);
  const profile = meta.profile === undefined ? DEFAULT_PROFILE : GENRE_PROFILES[meta.profile]!;
  const tree = parseSeed(seedText, { file: displayPath(seedFile), profile });
  const units = unitsInReadingOrder(tree);
  // The seed against its frozen anchors first: a deleted sentence is the seed's fault, not the translation's.
  const anchors = checkAnchors(meta.slug, units, paths.anchorManifest(meta.slug), paths.anchorRedirects(meta.slug), displayPath(seedFile));
  const anchorIds = new Set(units.map((u) => u.id));
  checkTranslationFolders(paths.reportTranslations(meta.slug));
  const translations = new Map(TRANSLATION_LANGS.map((lang) => [lang, loadTranslations(paths.translations(meta.slug, lang), meta.slug, anchorIds)]));

  const count = (translation: Translation, kinds: Unit['kind'][]): Coverage => {
    const of = units.filter((u) => kinds.includes(u.kind));
    return { total: of.length, translated: of.filter((u) => translation.has(u.id)).length };
  };
  const notes = loadNotes(paths.notes(meta.slug), meta.slug, units, (unit, lang) => {
    const entry = translations.get(lang)?.get(unit.id);
    return entry === undefined ? undefined : entryText(entry);
  });
  const coverage = Object.fromEntries(
    [...translations].map(([lang, translation]) => [lang, { sentences: count(translation, ['sentence']), headings: count(translation, HEADING_KINDS) }]),
  );
  return {
    meta,
    seedFile,
    seedText,
    tree,
    units,
    chapters: chaptersOf(tree),
    translations,
    coverage,
    anchors,
    missingMeta: missingTranslations(meta),
    notes,
  };
}

/** Every kind of unit that is not a sentence: the title block's lines and the headings of every kind of division. */
const HEADING_KINDS: Unit['kind'][] = ['front', 'part-heading', 'section-heading', 'item-heading', 'appendix-heading', 'document-heading'];

/**
 * Translation files in a folder that is not a translation language of the table are a mistake
 * (a missing table entry, a misspelt code); other folders (the translators' notes) are not read.
 */
function checkTranslationFolders(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !TRANSLATION_LANGS.includes(entry.name) && readdirSync(join(dir, entry.name)).some((f) => /\.ya?ml$/u.test(f))) {
      throw new EditionError(displayPath(join(dir, entry.name)), undefined, `“${entry.name}” is not a translation language of ${LANGUAGES_FILE} (${TRANSLATION_LANGS.join(', ')})`);
    }
  }
}

/** All translation files of one report and language; an id that is not an anchor, or one given twice, stops the build. */
function loadTranslations(dir: string, slug: string, anchorIds: Set<string>): Translation {
  const entries = new Map<string, TranslationEntry>();
  const where = new Map<string, string>();
  if (!existsSync(dir)) return entries;
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/u.test(f))
    .sort()
    .map((f) => join(dir, f));
  for (const file of files) {
    const data = readYamlAs(translationFileSchema, file, {});
    for (const [id, entry] of Object.entries(data)) {
      if (!anchorIds.has(id)) throw new EditionError(displayPath(file), id, `“${id}” is not an anchor of report ${slug}`);
      const earlier = where.get(id);
      if (earlier) throw new EditionError(displayPath(file), id, `“${id}” is translated twice (also in ${displayPath(earlier)})`);
      if (entryText(entry).trim() === '') throw new EditionError(displayPath(file), id, 'empty translation');
      entries.set(id, entry);
      where.set(id, file);
    }
  }
  return entries;
}
