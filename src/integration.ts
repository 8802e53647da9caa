/**
 * The edition's one Astro integration. It lists the pipeline's steps in order; each
 * step lives in its own module:
 *   config:setup  load + check every report, once (edition/load-edition.ts); write the chapter files
 *                 (edition/write-chapters.ts), which each chapter's page reads; hand the edition to the pages as a virtual module
 *                 (edition/edition-module.ts); watch every input, so `astro dev` reloads on an edit
 *   build:done    build Pagefind's index of the pages (edition/search-index.ts); publish the data files (edition/published-data.ts; from its data the aligned text as CSV and TMX,
 *                 edition/report-csv.ts, report-tmx.ts; the TEI P5 edition, edition/report-tei.ts; the citation
 *                 data, edition/report-csl.ts; the e-book, epub/report-epub.ts; each chapter's pinyin for the
 *                 learner mode, edition/chapter-pinyin.ts), build the exact-search index
 *                 (edition/exact-search-files.ts)
 * A failure anywhere stops the build with a non-zero exit. Everything is written into the staging
 * folder of edition/staged-output.ts, which replaces dist/ only when the whole build is complete.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEdition, type Edition } from './edition/load-edition.ts';
import { writeChapters } from './edition/write-chapters.ts';
import { glossaryData, reportData } from './edition/published-data.ts';
import { reportCsv } from './edition/report-csv.ts';
import { reportTmx } from './edition/report-tmx.ts';
import { reportTei } from './edition/report-tei.ts';
import { reportCsl } from './edition/report-csl.ts';
import { reportEpub } from './epub/report-epub.ts';
import { chartDownloads } from './charts/chart-downloads.ts';
import { anchorLocator } from './edition/anchor-locations.ts';
import { buildSearchIndex } from './edition/search-index.ts';
import { exactSearchFiles } from './edition/exact-search-files.ts';
import { chapterPinyin } from './edition/chapter-pinyin.ts';
import { loadPinyinReadings, type PinyinReadings } from './edition/load-pinyin-readings.ts';
import { pinyinFile } from './edition/report-downloads.ts';
import { makeUrls } from './site/urls.ts';
import { LANGUAGES, SOURCE_LANG } from './i18n/langs.ts';
import { editionModule } from './edition/edition-module.ts';
import { snapshotEdition } from './edition/edition-snapshot.ts';
import { editionPaths } from './edition/paths.ts';
import { displayPath } from './edition/read-content.ts';
import { missingRenderings } from './edition/terminology-report.ts';

export default function edition(): AstroIntegration {
  let loaded: Edition;
  let base = '/';
  let site: string | undefined;
  let pinyinReadings: PinyinReadings = {};
  return {
    name: 'bilingual-edition',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        // Watched before loading, so that in `astro dev` fixing a bad input restarts the server too.
        for (const file of editionInputs(root)) addWatchFile(file);
        loaded = loadEdition(root);
        // Only the pinyin files need them; read now, so a bad entry stops the build before any page is made.
        pinyinReadings = loadPinyinReadings(editionPaths(root).pinyinReadings);
        const edition = loaded;
        const written = writeChapters(edition);
        updateConfig({ vite: { plugins: [editionModule(() => snapshotEdition(edition))] } });
        for (const report of loaded.reports) {
          for (const [lang, { sentences, headings }] of Object.entries(report.coverage)) {
            logger.info(
              `${report.meta.slug} (${lang}): translated ${sentences.translated} of ${sentences.total} sentences (and ${headings.translated} of ${headings.total} headings and title lines)`,
            );
          }
          if (!report.anchors.frozen) logger.warn(`${report.meta.slug}: no frozen anchor manifest yet: run \`npm run anchors:freeze\` before publishing`);
          else if (report.anchors.unfrozen.length > 0) logger.warn(`${report.meta.slug}: ${report.anchors.unfrozen.length} new anchors not frozen yet: run \`npm run anchors:freeze\``);
          for (const [lang, fields] of Object.entries(report.missingMeta)) {
            logger.warn(`${report.meta.slug} (${lang}): no translation yet of ${fields.join(', ')} in ${displayPath(editionPaths(root).metaOf(report.seedFile))}: the pages show the source text`);
          }
        }
        logger.info(`wrote ${written} chapters; glossary: ${loaded.glossary.entries.length} entries`);
        const missing = missingRenderings(loaded.glossary, loaded.reports);
        if (missing.length > 0) logger.info(`terminology: ${missing.length} translated sentences lack a glossed rendering (npm run terms:report lists them)`);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // The Pagefind index first: it reads only the pages, and its process holds the whole index in memory
        // (1.7 GB at 100 reports), so it runs before this process builds every report's data and the
        // exact-search index (about 16 MiB a report, held until the hook returns), not beside them.
        const indexed = await buildSearchIndex(dist);
        logger.info(`search index: ${indexed} pages`);
        const urls = makeUrls(base, site);
        mkdirSync(join(dist, 'data'), { recursive: true });
        const published = [];
        for (const report of loaded.reports) {
          const data = reportData(report, loaded, urls);
          published.push(data);
          writeFileSync(join(dist, 'data', `${report.meta.slug}.json`), `${JSON.stringify(data, null, 2)}\n`);
          writeFileSync(join(dist, 'data', `${report.meta.slug}.csv`), reportCsv(data));
          writeFileSync(join(dist, 'data', `${report.meta.slug}.tmx`), reportTmx(data));
          writeFileSync(join(dist, 'data', `${report.meta.slug}.tei.xml`), reportTei(report, loaded, urls));
          writeFileSync(join(dist, 'data', `${report.meta.slug}.csl.json`), reportCsl(report, loaded.meta, urls));
          writeFileSync(join(dist, 'data', `${report.meta.slug}.epub`), reportEpub(report, loaded));
          writeFileSync(join(dist, 'data', `${report.meta.slug}.anchors.json`), `${JSON.stringify(report.anchors.manifest, null, 2)}\n`);
          for (const chapter of report.chapters) {
            // Fetched by the page, not read by people: no indentation.
            const file = join(dist, 'data', pinyinFile(report.meta.slug, chapter.slug));
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, `${JSON.stringify(chapterPinyin(loaded, report, chapter, pinyinReadings))}\n`);
          }
        }
        writeFileSync(join(dist, 'data', 'glossary.json'), `${JSON.stringify(glossaryData(loaded.glossary, urls), null, 2)}\n`);
        mkdirSync(join(dist, 'data', 'charts'), { recursive: true });
        const locate = anchorLocator(loaded.reports);
        for (const chart of loaded.charts) {
          const { csv, json } = chartDownloads(chart, locate, urls);
          writeFileSync(join(dist, 'data', 'charts', `${chart.id}.csv`), csv);
          writeFileSync(join(dist, 'data', 'charts', `${chart.id}.json`), json);
        }
        for (const [path, text] of exactSearchFiles(published, loaded.glossary.entries, LANGUAGES.map((l) => ({ code: l.code, source: l.code === SOURCE_LANG })), urls)) {
          mkdirSync(dirname(join(dist, 'exact-search', path)), { recursive: true });
          writeFileSync(join(dist, 'exact-search', path), text);
        }
      },
    },
  };
}

/** Every file the edition is read from: a change to one of them restarts `astro dev`, which loads the edition anew. */
function editionInputs(root: string): string[] {
  const paths = editionPaths(root);
  return [paths.seeds, paths.content].filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name)));
}
