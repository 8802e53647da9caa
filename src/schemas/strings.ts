import { z } from 'zod';
import type { Message } from '../i18n/messages.ts';

/** The variants of a message chosen by a number: an exact `=N`, or a CLDR plural category. */
const VARIANT = /^(?:=\d+|zero|one|two|few|many|other)$/u;

/** A text with {placeholders}. */
const text = z.string().min(1);

/** Variants chosen by the value `count`; `other` is required. */
const variants = z.record(z.string(), z.string().min(1)).superRefine((given, context) => {
  for (const key of Object.keys(given)) {
    if (!VARIANT.test(key)) context.addIssue({ code: 'custom', path: [key], message: 'expected a variant “=N”, “zero”, “one”, “two”, “few”, “many” or “other”' });
  }
  if (!('other' in given)) context.addIssue({ code: 'custom', message: 'expected an “other” variant' });
});

/** One message of a strings file (format: src/i18n/messages.ts): a text, or variants. */
export const messageSchema = z.unknown().superRefine((value, context) => {
  // Checked as what it looks like, so the error says what is wrong inside it.
  const result = (typeof value === 'string' ? text : typeof value === 'object' && value !== null ? variants : z.string()).safeParse(value);
  for (const issue of result.error?.issues ?? []) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
}) as unknown as z.ZodType<Message>;

/** A strings file, `src/i18n/strings/<code>.json`: message key → message. */
export const stringsFileSchema = z.record(z.string(), messageSchema);
