/**
 * npm run anchors:freeze — records every current anchor of every report in
 * content/anchors/<slug>.json. Run it when a new report or new text is published.
 * It only adds: a frozen anchor is never removed or re-hashed here (the build refuses
 * a changed anchor before this script could run, unless a redirect explains it).
 */
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadEdition } from '../src/edition/load-edition.ts';
import { editionPaths } from '../src/edition/paths.ts';

const root = process.cwd();
const edition = loadEdition(root);
for (const report of edition.reports) {
  const file = editionPaths(root).anchorManifest(report.meta.slug);
  const committed: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const merged = { ...report.anchors.manifest };
  // Redirected anchors stay in the record: they were published once.
  for (const [id, hash] of Object.entries(committed)) if (!(id in merged)) merged[id] = hash;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`${report.meta.slug}: ${Object.keys(merged).length} anchors frozen (${report.anchors.unfrozen.length} new)`);
}
