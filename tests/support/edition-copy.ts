/**
 * A temporary copy of the edition's inputs (`seeds/` and `content/`) in which a test breaks
 * one file, then loads it with `loadEdition(copy.root)` (pure Node: the checks a build runs first).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export const SEED = 'seeds/quzhou-2015-government-work-report.txt';
export const META = 'seeds/quzhou-2015-government-work-report.meta.yaml';
export const TRANSLATIONS = 'content/translations/quzhou-2015/en';

/** A file of `tests/fixtures/bad/`. */
export const badFixture = (name: string) => join('tests/fixtures/bad', name);

export interface EditionCopy {
  root: string;
  /** The copy's path of a project-relative path. */
  path(file: string): string;
  read(file: string): string;
  write(file: string, content: string | Uint8Array): void;
  /** Replaces one occurrence of `from`, which must be there (else the test would break nothing). */
  replace(file: string, from: string, to: string): void;
}

/** Call inside a test: the copy is removed when the test ends. */
export function editionCopy(): EditionCopy {
  const root = mkdtempSync(join(tmpdir(), 'edition-input-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const dir of ['seeds', 'content']) cpSync(dir, join(root, dir), { recursive: true });
  const path = (file: string) => join(root, file);
  const read = (file: string) => readFileSync(path(file), 'utf8');
  const write = (file: string, content: string | Uint8Array) => writeFileSync(path(file), content);
  return {
    root,
    path,
    read,
    write,
    replace(file, from, to) {
      const text = read(file);
      if (!text.includes(from)) throw new Error(`${file} does not contain “${from}”`);
      write(file, text.replace(from, () => to));
    },
  };
}
