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
import { displayPath, readJson, readYaml, validate } from './read-content.ts';

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

export function checkAnchors(slug: string, units: Unit[], manifestFile: string, redirectsFile: string): AnchorCheck {
  const manifest = manifestOf(units);
  const redirects = existsSync(redirectsFile) ? validate(anchorRedirectsSchema, readYaml(redirectsFile) ?? [], redirectsFile) : [];
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
  for (const [id, hash] of Object.entries(committed)) {
    if (redirected.has(id)) continue;
    if (!(id in manifest)) {
      throw new EditionError(displayPath(manifestFile), id, `published anchor “${id}” no longer exists in report ${slug}: restore its text or add a redirect to ${displayPath(redirectsFile)}`);
    }
    if (manifest[id] !== hash) {
      const unit = units.find((u) => u.id === id)!;
      throw new EditionError(
        displayPath(manifestFile),
        id,
        `published anchor “${id}” now points at different text (“${unit.zh.slice(0, 24)}…”, line ${unit.line}): restore the text or add a redirect to ${displayPath(redirectsFile)}`,
      );
    }
  }
  const unfrozen = Object.keys(manifest).filter((id) => !(id in committed));
  return { manifest, unfrozen, frozen: true, redirects };
}
