/**
 * The languages table and the strings files: every language has every message, in the one format;
 * a broken table or strings file stops the build naming the file and the entry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, SOURCE_LANG } from '../../src/i18n/langs.ts';
import { checkStrings, messagesOf } from '../../src/i18n/strings.ts';
import { languagesSchema } from '../../src/schemas/languages.ts';

const DIR = 'src/i18n/strings';
const read = (lang: string) => JSON.parse(readFileSync(`${DIR}/${lang}.json`, 'utf8')) as Record<string, unknown>;

describe('the strings files', () => {
  it('are one per language of the table, each with the source language’s keys', () => {
    expect(readdirSync(DIR).sort()).toEqual(LANGS.map((lang) => `${lang}.json`).sort());
    const keys = Object.keys(read(SOURCE_LANG)).sort();
    expect(keys.length).toBeGreaterThan(90);
    for (const lang of LANGS) expect(Object.keys(messagesOf(lang)).sort(), lang).toEqual(keys);
  });

  it('write English without Chinese characters', () => {
    expect(JSON.stringify(read('en'))).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('a broken strings file stops the build', () => {
  const zh = read('zh');
  const en = read('en');
  const check = (files: Record<string, unknown>) => () => checkStrings(files, ['zh', 'en'], 'zh');

  it('accepts the edition’s own files', () => {
    expect(check({ zh, en })().get('en')!.citeLabel).toBe('Cite {where}');
  });
  it('a language without a file', () => {
    expect(check({ zh })).toThrow(/^src\/i18n\/strings\/en\.json: missing: every language of src\/i18n\/languages\.json needs a strings file/u);
  });
  it('a file for a language the table does not have', () => {
    expect(check({ zh, en, fr: en })).toThrow(/^src\/i18n\/strings\/fr\.json: “fr” is not a language of src\/i18n\/languages\.json/u);
  });
  it('a missing key', () => {
    const { citeLabel: _, ...rest } = en;
    expect(check({ zh, en: rest })).toThrow(/^src\/i18n\/strings\/en\.json \(citeLabel\): missing: every key of src\/i18n\/strings\/zh\.json needs a message/u);
  });
  it('a key the source does not have', () => {
    expect(check({ zh, en: { ...en, citeLable: 'Cite {where}' } })).toThrow(/en\.json \(citeLable\): not a key of src\/i18n\/strings\/zh\.json/u);
  });
  it('a placeholder the source message does not have', () => {
    expect(check({ zh, en: { ...en, citeLabel: 'Cite {were}' } })).toThrow(/en\.json \(citeLabel\): \{were\} is not a placeholder of this message \(it has \{where\}\)/u);
  });
  it('variants without an `other`, or on a message without {count}', () => {
    expect(check({ zh, en: { ...en, searchStatus: { one: '{count} match' } } })).toThrow(/en\.json \(searchStatus\): expected an “other” variant/u);
    expect(check({ zh, en: { ...en, citeLabel: { one: 'Cite {where}', other: 'Cite {where}' } } })).toThrow(/en\.json \(citeLabel\): variants are chosen by \{count\}/u);
    expect(check({ zh, en: { ...en, searchStatus: { single: '{count}', other: '{count}' } } })).toThrow(/en\.json \(searchStatus\.single\): expected a variant/u);
  });
});

describe('the languages table', () => {
  const table = JSON.parse(readFileSync('src/i18n/languages.json', 'utf8')) as { code: string; source?: boolean }[];
  const issue = (languages: unknown) => {
    const result = languagesSchema.safeParse(languages);
    return result.success ? 'valid' : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`;
  };

  it('lists the source language first and every language once', () => {
    expect(issue(table)).toBe('valid');
    expect(table[0]!.source).toBe(true);
  });
  it('refuses a second source, a source not first, a code twice, a malformed code or locale, a code the data uses', () => {
    const en = table[1]!;
    expect(issue([...table, { ...en, code: 'fr', source: true }])).toMatch(/^0\.source: expected exactly one source language, listed first/u);
    expect(issue([en, table[0]])).toMatch(/^0\.source: expected exactly one source language, listed first/u);
    expect(issue([...table, en])).toMatch(/^2\.code: “en” is listed twice/u);
    expect(issue([...table, { ...en, code: 'French' }])).toMatch(/^2\.code: expected a lower-case language code/u);
    expect(issue([...table, { ...en, code: 'fr', locale: 'not a locale' }])).toMatch(/^2\.locale: expected a locale tag/u);
    expect(issue([...table, { ...en, code: 'id' }])).toMatch(/^2\.code: “id” is a field name of the published data/u);
  });
});
