/**
 * content/pinyin-readings.yaml: readings the learner mode's pinyin must use where pinyin-pro's dictionary picks
 * the wrong reading of a polyphone (pipeline/unit-pinyin.ts applies them). Each phrase must be Chinese characters
 * only, and its reading one syllable per character, or the build stops at the entry's line.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { EditionError } from '../pipeline/edition-error.ts';
import { displayPath, readYaml, validate } from './read-content.ts';

/** A phrase and its syllables, one per character. */
export type PinyinReadings = Record<string, string[]>;

const READINGS = z.record(z.string(), z.string());

export function loadPinyinReadings(file: string): PinyinReadings {
  if (!existsSync(file)) return {};
  const { data, locate } = readYaml(file);
  const entries = validate(READINGS, data ?? {}, displayPath(file), locate);
  const readings: PinyinReadings = {};
  for (const [phrase, reading] of Object.entries(entries)) {
    const where = locate([phrase]);
    if (!/^\p{Script=Han}+$/u.test(phrase)) throw new EditionError(displayPath(file), phrase, 'a phrase must be Chinese characters only', where);
    const syllables = reading.trim().split(/\s+/u);
    const characters = Array.from(phrase).length;
    if (syllables.length !== characters) throw new EditionError(displayPath(file), phrase, `expected ${characters} syllables, one per character, found ${syllables.length} (“${reading}”)`, where);
    readings[phrase] = syllables;
  }
  return readings;
}
