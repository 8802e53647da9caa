/** The interface strings: every key in both languages, of the same kind; no Chinese in the English table. */
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings.ts';

describe('interface strings', () => {
  it('have the same keys, of the same kind, in both languages', () => {
    const shape = (table: object): Record<string, string> =>
      Object.fromEntries(Object.entries(table).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(Object.keys(v).sort()) : typeof v]));
    expect(shape(STRINGS.en)).toEqual(shape(STRINGS.zh));
  });
  it('write English without Chinese characters, except the names of the languages', () => {
    const english = JSON.stringify(STRINGS.en, (_, v) => (typeof v === 'function' ? v(1, 'x') : v));
    expect(english.replace('中文', '')).not.toMatch(/\p{Script=Han}/u);
  });
});
