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
import { missingEnglish, reportMetaSchema, type ReportMeta } from '../schemas/report-meta.ts';
import { DEFAULT_PROFILE, GENRE_PROFILES } from '../pipeline/genre-profile.ts';
import { translationFileSchema, entryText, type TranslationEntry } from '../schemas/translation.ts';
import { displayPath, readUtf8, readYamlAs } from './read-content.ts';
import { editionPaths } from './paths.ts';
import { checkAnchors, type AnchorCheck } from './anchor-manifest.ts';
import { loadGlossary, type Glossary } from './load-glossary.ts';
import { loadCharts } from '../charts/load-charts.ts';
import type { Chart } from '../schemas/chart.ts';

export interface Coverage {
  translated: number;
  total: number;
}

export interface LoadedReport {
  meta: ReportMeta;
  seedFile: string;
  seedText: string;
  tree: ReportTree;
  /** Every unit in reading order. */
  units: Unit[];
  chapters: Chapter[];
  /** English entries by anchor id. */
  english: Map<string, TranslationEntry>;
  coverage: { sentences: Coverage; headings: Coverage };
  anchors: AnchorCheck;
  /** Metadata fields given in Chinese but not yet in English (the build warns; the pages show the Chinese). */
  missingEnglish: string[];
}

export interface Edition {
  root: string;
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
  return { root, reports, glossary, charts };
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
  const english = loadTranslations(paths.translations(meta.slug, 'en'), meta.slug, new Set(units.map((u) => u.id)));

  const count = (kinds: Unit['kind'][]): Coverage => {
    const of = units.filter((u) => kinds.includes(u.kind));
    return { total: of.length, translated: of.filter((u) => english.has(u.id)).length };
  };
  return {
    meta,
    seedFile,
    seedText,
    tree,
    units,
    chapters: chaptersOf(tree),
    english,
    coverage: { sentences: count(['sentence']), headings: count(HEADING_KINDS) },
    anchors,
    missingEnglish: missingEnglish(meta),
  };
}

/** Every kind of unit that is not a sentence: the title block's lines and the headings of every kind of division. */
const HEADING_KINDS: Unit['kind'][] = ['front', 'part-heading', 'section-heading', 'item-heading', 'appendix-heading', 'document-heading'];

/** All translation files of one report and language; an id that is not an anchor, or one given twice, stops the build. */
function loadTranslations(dir: string, slug: string, anchorIds: Set<string>): Map<string, TranslationEntry> {
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
