/** Where each kind of input and output lives, relative to the project root. One place for all of them. */
import { join } from 'node:path';

export const editionPaths = (root: string) => ({
  seeds: join(root, 'seeds'),
  /** Everything the editors write: translations, glossary, charts, frozen anchors. */
  content: join(root, 'content'),
  metaOf: (seedFile: string) => seedFile.replace(/\.txt$/u, '.meta.yaml'),
  /** One folder per translation language of a report. */
  reportTranslations: (slug: string) => join(root, 'content', 'translations', slug),
  translations: (slug: string, lang: string) => join(root, 'content', 'translations', slug, lang),
  anchorManifest: (slug: string) => join(root, 'content', 'anchors', `${slug}.json`),
  anchorRedirects: (slug: string) => join(root, 'content', 'anchors', `${slug}.redirects.yaml`),
  /** The editorial notes of a report (any number of .yaml files). */
  notes: (slug: string) => join(root, 'content', 'notes', slug),
  /** The edition as a work: title, editors, version, licence. */
  editionMeta: join(root, 'content', 'edition.yaml'),
  /** Its releases, newest first. */
  changelog: join(root, 'content', 'changelog.yaml'),
  glossary: join(root, 'content', 'glossary'),
  /** Readings the learner mode's pinyin must use where its dictionary picks the wrong one. */
  pinyinReadings: join(root, 'content', 'pinyin-readings.yaml'),
  charts: join(root, 'content', 'charts'),
  /** Generated MDX chapters: build output, never committed. */
  generatedChapters: join(root, '.generated', 'chapters'),
  /** The build lock (a folder, made by proper-lockfile) and who holds it: one build at a time in a project. */
  buildLock: join(root, '.build.lock'),
  buildLockOwner: join(root, '.build.lock.json'),
});
