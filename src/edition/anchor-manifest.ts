/**
 * Anchors are permanent: `content/anchors/<slug>.json` freezes every published anchor
 * with the hash of its Chinese text. A frozen anchor that disappears, or now points at
 * other text, stops the build — unless `<slug>.redirects.yaml` says where it went.
 */
import { existsSync } from 'node:fs';
import { anchorHash } from '../pipeline/anchor-hash.ts';
import { EditionError } from '../pipeline/edition-error.ts';
import type { Unit } from '../pipeline/report-tree.ts';
import { anchorManifestSchema, anchorRedirectsSchema, type AnchorRedirect } from '../schemas/anchor-manifest.ts';
import { displayPath, readJson, readYamlAs, validate } from './read-content.ts';

export interface AnchorCheck {
  /** The manifest this build publishes: id → hash, in reading order. */
  manifest: Record<string, string>;
  /** Anchors not yet in the committed manifest (new text, not yet frozen). */
  unfrozen: string[];
  /** Whether a committed manifest exists at all. */
  frozen: boolean;
  redirects: AnchorRedirect[];
}

export function manifestOf(units: Unit[]): Record<string, string> {
  return Object.fromEntries(units.map((u) => [u.id, anchorHash(u.zh)]));
}

/**
 * Checks the parsed seed against its frozen manifest. Runs before anything else reads anchor ids
 * (translations, glossary, charts), so that a deleted or changed sentence is reported as what it is,
 * at its line of the seed (`seedFile`), not as a translation of an anchor that no longer exists.
 */
export function checkAnchors(slug: string, units: Unit[], manifestFile: string, redirectsFile: string, seedFile = '<seed>'): AnchorCheck {
  const manifest = manifestOf(units);
  const redirects = existsSync(redirectsFile) ? readYamlAs(anchorRedirectsSchema, redirectsFile, []) : [];
  for (const [i, redirect] of redirects.entries()) {
    if (redirect.from in manifest) {
      throw new EditionError(displayPath(redirectsFile), `entry ${i + 1}, ${redirect.from}`, `“${redirect.from}” is still an anchor of report ${slug}: an id is never reused, so it cannot be redirected`);
    }
    if (!(redirect.to in manifest)) {
      throw new EditionError(displayPath(redirectsFile), `entry ${i + 1}, ${redirect.from}`, `redirect target “${redirect.to}” is not an anchor of report ${slug}`);
    }
  }
  if (!existsSync(manifestFile)) return { manifest, unfrozen: Object.keys(manifest), frozen: false, redirects };

  const committed = validate(anchorManifestSchema, readJson(manifestFile), manifestFile);
  const redirected = new Set(redirects.map((r) => r.from));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const idsByHash = (ids: Record<string, string>) => {
    const byHash = new Map<string, string[]>();
    for (const [id, hash] of Object.entries(ids)) byHash.set(hash, [...(byHash.get(hash) ?? []), id]);
    return byHash;
  };
  const nowAt = idsByHash(manifest);
  const frozenAs = idsByHash(committed);
  const otherThan = (id: string, ids: string[] | undefined) => ids?.find((other) => other !== id);
  const fix = `restore the text or add a redirect to ${displayPath(redirectsFile)}`;

  const ids = Object.keys(committed);
  for (const [index, [id, hash]] of Object.entries(committed).entries()) {
    if (redirected.has(id)) continue;
    const moved = otherThan(id, nowAt.get(hash));
    const unit = unitById.get(id);
    if (!unit) {
      // Where it stood: after the last earlier anchor that still exists.
      const before = ids.slice(0, index).reverse().map((earlier) => unitById.get(earlier)).find((u) => u !== undefined);
      const place = before ? `, after ${before.id} at ${seedFile}:${before.line}` : '';
      const cause = moved ? `its text is now at ${moved} (line ${unitById.get(moved)!.line})` : 'its text is gone from the seed';
      throw new EditionError(displayPath(manifestFile), id, `published anchor “${id}” no longer exists in report ${slug}${place}: ${cause}; ${fix}`);
    }
    if (manifest[id] !== hash) {
      const holds = otherThan(id, frozenAs.get(manifest[id]!));
      const cause = moved
        ? `its text moved to ${moved}: a sentence was added or split before it`
        : holds
          ? `it now holds the text frozen as ${holds}: the sentence frozen as ${id} was deleted or merged into another`
          : 'its text was changed';
      throw new EditionError(
        displayPath(manifestFile),
        id,
        `published anchor “${id}” now points at different text (“${unit.zh.slice(0, 24)}…”, ${seedFile}:${unit.line}): ${cause}; ${fix}`,
      );
    }
  }
  const unfrozen = Object.keys(manifest).filter((id) => !(id in committed));
  return { manifest, unfrozen, frozen: true, redirects };
}
