import { z } from 'zod';
import { localizedText } from './localized-text.ts';

/** What a change touched: the translation, an editorial note, the glossary, the source text's presentation, or the site. */
export const CHANGE_KINDS = ['translation', 'note', 'glossary', 'text', 'site'] as const;

const change = z.strictObject({
  /** What kind of thing changed; only `translation` changes set a unit's `revised`. */
  kind: z.enum(CHANGE_KINDS),
  /** The anchors the change touched (empty for a site-wide change); each must be an anchor of a report. */
  anchors: z.array(z.string().regex(/^[a-z0-9-]+$/u, 'expected an anchor id such as p1-1-s15')),
  /** What changed and why, for readers. */
  description: localizedText,
});

const release = z.strictObject({
  /** Semantic version of the release. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/u, 'expected a semantic version such as 1.1.0'),
  /** Release date, ISO 8601. */
  date: z.iso.date(),
  /** The release in one or two sentences. */
  summary: localizedText,
  /** Every change in the release. */
  changes: z.array(change),
});

/** `content/changelog.yaml`: the edition's releases, newest first. */
export const changelogSchema = z.array(release).min(1, 'expected at least one release');
export type Changelog = z.infer<typeof changelogSchema>;
export type Release = Changelog[number];
export type Change = Release['changes'][number];
