/**
 * `dist/data/<slug>.tmx`: the report as a translation memory (TMX 1.4b), one translation unit per
 * anchored unit (`tuid` the anchor), the source language and each translation as its variants,
 * the text exactly as published (read from published-data.ts). Built with xmlbuilder2, which
 * escapes the text and writes well-formed XML.
 */
import { create } from 'xmlbuilder2';
import { HTML_LANG, SOURCE_LANG, TRANSLATION_LANGS } from '../i18n/langs.ts';
import type { PublishedReport } from './published-data.ts';

export function reportTmx(data: PublishedReport): string {
  const units = data.units as unknown as (PublishedReport['units'][number] & Record<string, string | null>)[];
  const tmx = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' });
  tmx.ele('header', {
    creationtool: 'bilingual-edition',
    creationtoolversion: data.edition.version,
    segtype: 'sentence',
    'o-tmf': 'bilingual-report',
    adminlang: 'en',
    srclang: HTML_LANG[SOURCE_LANG],
    datatype: 'plaintext',
  });
  const body = tmx.ele('body');
  for (const unit of units) {
    const tu = body.ele('tu', { tuid: unit.id });
    tu.ele('prop', { type: 'x-chapter' }).txt(unit.chapter);
    tu.ele('prop', { type: 'x-kind' }).txt(unit.kind);
    for (const lang of [SOURCE_LANG, ...TRANSLATION_LANGS]) {
      const text = unit[lang];
      // An untranslated unit has its source variant only.
      if (text) tu.ele('tuv', { 'xml:lang': HTML_LANG[lang] }).ele('seg').txt(text);
    }
  }
  return `${tmx.end({ prettyPrint: true })}\n`;
}
