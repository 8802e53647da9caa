/**
 * The EPUB in the built site: valid by Debian's epubcheck (run once: 0 fatal errors, 0 errors, 0 warnings),
 * linked from the report page and the About page in both languages, and listed in the published data's
 * `downloads`. What is inside it is checked without a build in tests/unit/epub.test.ts, on the same bytes.
 * epubcheck is a Java program: `apt-get install -y epubcheck` (Java is needed too); EPUBCHECK_JAR overrides
 * the path of its jar. Without it the test fails with one line saying so; it is never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { DIST, page, publishedReports } from '../support/dist.ts';
import { edition } from '../support/edition.ts';
import { reportEpub } from '../../src/epub/report-epub.ts';

const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
const JVM_FOR_A_SHORT_RUN = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

interface EpubcheckReport {
  messages: { ID: string; severity: string; message: string; locations: { path: string; line: number; column: number }[] }[];
  checker: { checkerVersion: string; nFatal: number; nError: number; nWarning: number };
}

describe('the EPUB of each report', () => {
  const slugs = edition.reports.map((r) => r.meta.slug);

  it('passes epubcheck with no error and no warning', () => {
    expect(existsSync(EPUBCHECK_JAR), `epubcheck not found at ${EPUBCHECK_JAR}: apt-get install -y epubcheck (or set EPUBCHECK_JAR)`).toBe(true);
    for (const slug of slugs) {
      const file = `${DIST}/data/${slug}.epub`;
      // A short run: the JVM's quick compiler only and one GC thread check the same in less than half the CPU time
      // (7.5 → 3.3 CPU-seconds measured), which the rest of the suite, sharing two cores, gets back.
      const run = spawnSync('java', [...JVM_FOR_A_SHORT_RUN, '-jar', EPUBCHECK_JAR, file, '--json', '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(run.error, 'java could not be started').toBeUndefined();
      // It prints a line or two of text before the JSON report on the same stream.
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as EpubcheckReport;
      const problems = report.messages.map((m) => `${m.severity} ${m.ID} ${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(' ')}: ${m.message}`);
      expect(problems, slug).toEqual([]);
      expect(report.checker, slug).toMatchObject({ nFatal: 0, nError: 0, nWarning: 0 });
      expect(run.status, run.stderr).toBe(0);
    }
  }, 120_000);

  it('is the book the unit tests read: the same bytes as reportEpub makes from the edition', () => {
    for (const report of edition.reports) {
      expect(readFileSync(`${DIST}/data/${report.meta.slug}.epub`).equals(Buffer.from(reportEpub(report, edition))), report.meta.slug).toBe(true);
    }
  });

  it('is linked from the report page and the About page in every language, and listed in the published data', () => {
    for (const lang of ['zh', 'en']) {
      for (const path of [`/${lang}/about/`, ...slugs.map((slug) => `/${lang}/${slug}/`)]) {
        const links = selectAll('a[href$=".epub"]', page(path)).map((a) => [String(a.properties.href), String(a.properties.type)]);
        for (const slug of path.includes('/about/') ? slugs : slugs.filter((s) => path.includes(s))) expect(links, path).toContainEqual([`/data/${slug}.epub`, 'application/epub+zip']);
      }
    }
    for (const data of publishedReports()) {
      expect(data.downloads, data.report.slug).toContainEqual({ file: `${data.report.slug}.epub`, type: 'application/epub+zip', url: `/data/${data.report.slug}.epub` });
      for (const download of data.downloads) expect(existsSync(`${DIST}/data/${download.file}`), download.file).toBe(true);
    }
  });
});
