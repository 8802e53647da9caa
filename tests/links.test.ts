/**
 * Links, as a crawler follows them: every internal href — page and #anchor — resolves to a
 * file and an element id in dist/, and every anchor in the published data stands on both its
 * pages (the check itself: support/link-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { pagePaths, publishedReports } from './support/dist.ts';
import { brokenLinksOf, missingAnchorsOf } from './support/link-check.ts';

describe('internal links', () => {
  for (const path of pagePaths()) {
    it(`${path}: every href resolves to a file and an id`, () => {
      expect(brokenLinksOf(path)).toEqual([]);
    });
  }
});

describe('published anchors', () => {
  for (const report of publishedReports()) {
    it(`${report.report.slug}: every anchor of the data exists on both its pages`, () => {
      expect(missingAnchorsOf(report)).toEqual([]);
    });
  }
});
