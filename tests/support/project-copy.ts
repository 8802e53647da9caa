/** A copy of the project in a temporary folder (its node_modules linked), for tests that change an input or run a build or server there. */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function projectCopy(prefix = 'edition-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['src', 'scripts', 'seeds', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
