/**
 * The edition's own metadata (content/edition.yaml) and its history (content/changelog.yaml),
 * read and checked together: the releases newest first, the edition's version the newest release,
 * every anchor a change names an anchor of a report.
 */
import { EditionError } from '../pipeline/edition-error.ts';
import { changelogSchema, type Changelog } from '../schemas/changelog.ts';
import { editionMetaSchema, type EditionMeta } from '../schemas/edition.ts';
import { displayPath, readYaml, readYamlAs, validate } from './read-content.ts';

export interface EditionHistory {
  meta: EditionMeta;
  changelog: Changelog;
}

/** The edition's first public version: what a unit whose translation was never revised carries as `revised`. */
export const FIRST_VERSION = '1.0.0';

const semver = (version: string) => version.split('.').map(Number) as [number, number, number];
const compareVersions = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

export function loadEditionHistory(editionFile: string, changelogFile: string, anchorIds: ReadonlySet<string>): EditionHistory {
  const meta = readYamlAs(editionMetaSchema, editionFile);
  const { data, locate } = readYaml(changelogFile);
  const changelog = validate(changelogSchema, data, changelogFile, locate);
  const file = displayPath(changelogFile);
  changelog.forEach((release, r) => {
    const older = changelog[r + 1];
    if (older && compareVersions(release.version, older.version) <= 0) {
      throw new EditionError(file, `${r}.version`, `releases go newest first: ${release.version} is listed before ${older.version}`, locate([r, 'version']));
    }
    if (older && release.date < older.date) {
      throw new EditionError(file, `${r}.date`, `release ${release.version} is dated ${release.date}, before ${older.version} (${older.date})`, locate([r, 'date']));
    }
    release.changes.forEach((change, c) =>
      change.anchors.forEach((anchor, a) => {
        if (!anchorIds.has(anchor)) throw new EditionError(file, `${r}.changes.${c}.anchors.${a}`, `“${anchor}” is not an anchor of any report`, locate([r, 'changes', c, 'anchors', a]));
      }),
    );
  });
  const newest = changelog[0]!;
  if (meta.version !== newest.version || meta.date !== newest.date) {
    throw new EditionError(displayPath(editionFile), 'version', `expected the newest release of ${file}: ${newest.version} of ${newest.date}, got ${meta.version} of ${meta.date}`);
  }
  return { meta, changelog };
}

/** The version in which each anchor's translation last changed (the newest release with a `translation` change naming it). */
export function revisions(changelog: Changelog): Map<string, string> {
  const revised = new Map<string, string>();
  // Newest first: the first release that names an anchor is its last revision.
  for (const release of changelog) {
    for (const change of release.changes) {
      if (change.kind !== 'translation') continue;
      for (const anchor of change.anchors) if (!revised.has(anchor)) revised.set(anchor, release.version);
    }
  }
  return revised;
}

/** The version in which an anchor's translation last changed: FIRST_VERSION when it never did. */
export const revisedIn = (revised: ReadonlyMap<string, string>, anchor: string) => revised.get(anchor) ?? FIRST_VERSION;
