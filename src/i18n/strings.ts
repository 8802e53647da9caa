/**
 * Every word of the interface: one strings file per language, `src/i18n/strings/<code>.json`,
 * in the message format of messages.ts. The source language's file is the list of keys: every
 * other file must have the same keys, and use no placeholder its source message does not have.
 * A language of the table without a strings file, or a file that breaks these rules, stops the
 * build here, naming the file and the key.
 */
import { EditionError } from '../pipeline/edition-error.ts';
import { stringsFileSchema } from '../schemas/strings.ts';
import { LANGS, LANGUAGES_FILE, SOURCE_LANG, language, type Lang } from './langs.ts';
import { placeholdersOf, translator, type Message, type MessageKey, type Messages, type Translate } from './messages.ts';

const fileOf = (lang: Lang) => `src/i18n/strings/${lang}.json`;

/** The strings files of the languages, checked: the rules above, each broken one an EditionError naming the file and the key. */
export function checkStrings(files: Readonly<Record<string, unknown>>, langs: readonly Lang[] = LANGS, source: Lang = SOURCE_LANG): Map<Lang, Messages> {
  for (const lang of Object.keys(files)) {
    if (!langs.includes(lang)) throw new EditionError(fileOf(lang), undefined, `“${lang}” is not a language of ${LANGUAGES_FILE}: add it there, or remove this file`);
  }
  const tables = new Map<Lang, Record<string, Message>>();
  for (const lang of langs) {
    const data = files[lang];
    if (data === undefined) throw new EditionError(fileOf(lang), undefined, `missing: every language of ${LANGUAGES_FILE} needs a strings file (start from a copy of ${fileOf(source)})`);
    const result = stringsFileSchema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new EditionError(fileOf(lang), issue.path.join('.') || undefined, issue.message);
    }
    tables.set(lang, result.data as Record<string, Message>);
  }
  const sourceTable = tables.get(source)!;
  for (const [lang, table] of tables) {
    for (const key of Object.keys(sourceTable)) if (!(key in table)) throw new EditionError(fileOf(lang), key, `missing: every key of ${fileOf(source)} needs a message`);
    for (const [key, message] of Object.entries(table)) {
      const original = sourceTable[key];
      if (original === undefined) throw new EditionError(fileOf(lang), key, `not a key of ${fileOf(source)}`);
      const known = placeholdersOf(original);
      const unknown = placeholdersOf(message).filter((name) => !known.includes(name));
      if (unknown.length > 0) throw new EditionError(fileOf(lang), key, `{${unknown[0]}} is not a placeholder of this message (it has ${known.map((n) => `{${n}}`).join(', ') || 'none'})`);
      if (typeof message !== 'string' && !known.includes('count')) throw new EditionError(fileOf(lang), key, 'variants are chosen by {count}, which this message does not have');
    }
  }
  return tables as Map<Lang, Messages>;
}

// Bundled with this module (Vite's glob import), so the pages, the integration and the tests read the same files.
const bundled = import.meta.glob<unknown>('./strings/*.json', { eager: true, import: 'default' });
const STRINGS = checkStrings(Object.fromEntries(Object.entries(bundled).map(([path, data]) => [path.replace(/^.*\/|\.json$/gu, ''), data])));

/** One language's messages, as a page hands them (or some of them) to its client script. */
export function messagesOf(lang: Lang): Messages {
  const messages = STRINGS.get(lang);
  if (!messages) throw new Error(`no strings for “${lang}”`);
  return messages;
}

/** Some messages of a language, for a client script: it formats them with the same translator (messages.ts). */
export const pickMessages = <K extends MessageKey>(lang: Lang, keys: readonly K[]): Pick<Messages, K> =>
  Object.fromEntries(keys.map((key) => [key, messagesOf(lang)[key]])) as Pick<Messages, K>;

const translators = new Map<Lang, Translate>();
/** `t(key, values)` in a language: `t('searchStatus', { count: 3, query: '五水共治' })`. */
export function translate(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = translator(messagesOf(lang), language(lang).locale)));
  return t;
}
