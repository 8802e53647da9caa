/**
 * Two clean builds produce identical sites: the same files, byte for byte. The second build runs
 * in a copy of the project (another folder, no caches of its own yet), beside the other site tests.
 * Any exception that cannot be avoided is listed in NONDETERMINISTIC with its reason (none today).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, filesUnder, publishedReports } from '../support/dist.ts';
import { astroBuild, projectCopy } from '../support/project-copy.ts';

/** Files allowed to differ between two builds, with why. Keep this empty unless there is no other way. */
const NONDETERMINISTIC: Record<string, string> = {};

let second = '';
afterAll(() => {
  if (second) rmSync(second, { recursive: true, force: true });
});

describe('determinism', () => {
  it('a second clean build, in another folder, writes the same files byte for byte', async () => {
    second = projectCopy('second-build');
    const { status, output } = await astroBuild(second, {}, ['--silent']);
    expect(status, output).toBe(0);
    const list = (dir: string) => filesUnder(dir).map((f) => relative(dir, f)).sort();
    const first = list(DIST);
    // Every report's downloads are among the files compared: the EPUB's zip is byte for byte too.
    for (const data of publishedReports()) for (const download of data.downloads) expect(first).toContain(join('data', download.file));
    expect(list(join(second, 'dist'))).toEqual(first);
    const differing = first.filter((f) => !(f in NONDETERMINISTIC) && !readFileSync(join(DIST, f)).equals(readFileSync(join(second, 'dist', f))));
    expect(differing).toEqual([]);
  }, 180_000);
});
