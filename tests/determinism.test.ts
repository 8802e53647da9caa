/**
 * Two clean builds produce identical sites: the same files, byte for byte. Any exception
 * that cannot be avoided is listed in NONDETERMINISTIC with its reason (none today).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, buildEnv, filesUnder } from './support/dist.ts';

/** Files allowed to differ between two builds, with why. Keep this empty unless there is no other way. */
const NONDETERMINISTIC: Record<string, string> = {};

describe('determinism', () => {
  it('a second clean build (no caches) writes the same files, byte for byte', () => {
    const second = mkdtempSync(join(tmpdir(), 'edition-second-build-'));
    rmSync('node_modules/.astro', { recursive: true, force: true });
    rmSync('.astro', { recursive: true, force: true });
    execFileSync('npx', ['astro', 'build', '--silent', '--force', '--outDir', second], { stdio: 'inherit', env: buildEnv() });
    const list = (dir: string) => filesUnder(dir).map((f) => relative(dir, f)).sort();
    const first = list(DIST);
    expect(list(second)).toEqual(first);
    const differing = first.filter((f) => !(f in NONDETERMINISTIC) && !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
    rmSync(second, { recursive: true, force: true });
  }, 180_000);
});
