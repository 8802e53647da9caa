/** Every test file belongs to a vitest project: one outside tests/unit/ and tests/site/ would never run. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'fixtures' ? [] : testFiles(join(dir, entry.name))) : /\.(test|spec)\.[cm]?[jt]sx?$/u.test(entry.name) ? [join(dir, entry.name)] : [],
  );

describe('the test suite', () => {
  it('keeps every test file in tests/unit/ or tests/site/', () => {
    expect(testFiles('tests').filter((file) => !/^tests\/(unit|site)\//u.test(file))).toEqual([]);
  });
});
