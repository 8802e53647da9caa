/** The swap of a complete build into place, and the recovery from a build that died halfway through it. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { publish, recoverInterrupted, stagingFolders } from '../../src/edition/staged-output.ts';

function site(folder: string, text: string) {
  mkdirSync(join(folder, 'zh'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
  writeFileSync(join(folder, 'zh', 'index.html'), `${text} (zh)`);
}

/** A new empty folder, removed when the test ends. */
function tempRoot() {
  const root = mkdtempSync(join(tmpdir(), 'edition-publish-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

describe('staged output', () => {
  it('stages beside the output folder, hidden, on the same file system', () => {
    expect(stagingFolders('/p/dist')).toEqual({ staging: '/p/.dist-staging', previous: '/p/.dist-previous' });
  });

  it('publish replaces the old site with the new one and leaves nothing else', () => {
    const root = tempRoot();
    const outDir = join(root, 'dist');
    const { staging } = stagingFolders(outDir);
    site(outDir, 'old');
    writeFileSync(join(outDir, 'gone.html'), 'only in the old site');
    site(staging, 'new');
    publish(staging, outDir);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(outDir).sort()).toEqual(['index.html', 'zh']);
    expect(readFileSync(join(outDir, 'zh', 'index.html'), 'utf8')).toBe('new (zh)');
  });

  it('publish works when there is no site yet', () => {
    const root = tempRoot();
    const outDir = join(root, 'dist');
    const { staging } = stagingFolders(outDir);
    site(staging, 'first');
    publish(staging, outDir);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first');
  });

  it('a site set aside by a build killed between the two renames is put back', () => {
    const root = tempRoot();
    const outDir = join(root, 'dist');
    const { staging, previous } = stagingFolders(outDir);
    site(previous, 'old');
    site(staging, 'half');
    recoverInterrupted(outDir);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });

  it('leftovers of a killed build are removed and the site kept', () => {
    const root = tempRoot();
    const outDir = join(root, 'dist');
    const { staging } = stagingFolders(outDir);
    site(outDir, 'current');
    site(staging, 'half');
    recoverInterrupted(outDir);
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('current');
  });
});
