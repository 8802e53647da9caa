import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGS } from './i18n/langs.ts';

/** The MDX chapters written by the edition integration (src/edition/write-chapters.ts). */
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './.generated/chapters' }),
  schema: z.strictObject({
    /** Report slug. */
    report: z.string(),
    /** Chapter slug, `part-N`. */
    chapter: z.string(),
    /** Part number. */
    number: z.number().int().positive(),
    /** Language of the page: a code of src/i18n/languages.json. */
    lang: z.enum(LANGS as [string, ...string[]]),
    /** Reading view (one language) or parallel view (aligned pairs). */
    view: z.enum(['reading', 'parallel']),
  }),
});

export const collections = { chapters };
