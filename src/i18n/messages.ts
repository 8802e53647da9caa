/**
 * The one message format of the interface, and its formatter, the same on the server and in the
 * browser (it imports nothing, so a client script carries only these few lines).
 * A message is a text with {placeholders}, or a set of variants chosen by the number `count`:
 * an exact `=N` first, then its plural category in the language (Intl.PluralRules: `one`, `few`,
 * `other`…), then `other`:
 *   "citeLabel": "Cite {where}"
 *   "searchStatus": { "one": "{count} exact match for “{query}”", "other": "{count} exact matches for “{query}”" }
 * Values are inserted as they are: a `$&` or a `{name}` inside a value stays text.
 */
import type source from './strings/zh.json';

export type PluralMessage = { readonly other: string } & { readonly [variant: string]: string };
export type Message = string | PluralMessage;
/** Every message key: the source language's strings file is the list of keys (src/i18n/strings.ts checks the others against it). */
export type MessageKey = keyof typeof source;
export type Messages = Readonly<Record<MessageKey, Message>>;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const PLACEHOLDER = /\{(\w+)\}/gu;

/** The names of the placeholders of a message, in every variant. */
export const placeholdersOf = (message: Message): string[] =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!)))];

export function formatMessage(message: Message, values: MessageValues, plurals: Intl.PluralRules): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = values.count;
    if (typeof count !== 'number') throw new Error('a message with variants needs a number `count`');
    text = message[`=${count}`] ?? message[plurals.select(count)] ?? message.other;
  }
  // A replacer function, so that nothing in a value is read as a replacement pattern.
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in “${text}”`);
    return String(value);
  });
}

/** `t(key, values)` for one language's messages. */
export function translator(messages: Partial<Messages>, locale: string): Translate {
  const plurals = new Intl.PluralRules(locale);
  return (key, values = {}) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`no message “${key}”`);
    return formatMessage(message, values, plurals);
  };
}
