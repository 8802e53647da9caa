import { z } from 'zod';
import { localizedText } from './localized-text.ts';
import { httpUrl } from './http-url.ts';

export const GLOSSARY_KINDS = ['campaign', 'instrument', 'programme', 'institution', 'place', 'organisation', 'figure'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** The kinds whose entries state who introduced them, at which level and when (`level`, `issuer`, `introduced`). */
export const KINDS_WITH_ORIGIN: readonly GlossaryKind[] = ['campaign', 'instrument', 'programme', 'institution'];

export const LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Hosts that are never a source, however useful a page on them looks: content farms, document-sharing
 * mirrors, exam-preparation sites and user-edited pages (docs: `shared/guides/glossary.md`). A subdomain
 * of a listed host is refused too. Where only such a page says something, the claim is left out.
 */
export const DISALLOWED_SOURCE_HOSTS = [
  '360doc.com',
  'baike.baidu.com',
  'bubsandbeans.com',
  'doc88.com',
  'docin.com',
  'docslib.org',
  'fdocuments.net',
  'nmhdgaokao.com',
  'qinglite.cn',
  'scswl.cn',
  'wenku.baidu.com',
  'wikipedia.org',
  'zhidao.baidu.com',
] as const;

/** The listed host a URL belongs to, if any. */
export function disallowedHost(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined; // not a URL: the url field's own check says so
  }
  return DISALLOWED_SOURCE_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
}

const year = z.number().int().min(1900).max(2100);
/** `2015`, `2015-02` or `2015-02-09`. */
const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().trim().min(1);

/** Fields every publication has: where it can be read, and where in it the point stands. */
const publication = {
  /** Its title as published (Chinese titles in Chinese). */
  title: text,
  /** Its address. */
  url: httpUrl.optional(),
  /** Where in it: a page, a section, a paragraph. */
  locator: text.optional(),
};

/** A government or Party document, gazette or government website. */
const officialSource = z.strictObject({
  kind: z.literal('official'),
  ...publication,
  /** The issuing body. */
  issuer: text,
  /** Its document number, where it has one (国发〔2013〕37号). */
  number: text.optional(),
  date: date.optional(),
});
/** A major newspaper or news agency. */
const pressSource = z.strictObject({
  kind: z.literal('press'),
  ...publication,
  /** The newspaper, agency or broadcaster. */
  publisher: text,
  date,
});
/** A book or an article, with its bibliographic data. */
const academicSource = z.strictObject({
  kind: z.literal('academic'),
  ...publication,
  authors: z.array(text).min(1, 'expected the authors'),
  /** The journal, or the book's publisher. */
  venue: text,
  year,
  volume: text.optional(),
  pages: text.optional(),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/u, 'expected a DOI such as 10.1007/s11852-018-0667-0').optional(),
});
/** A dictionary, a national standard, an encyclopaedia with editorial control. */
const referenceSource = z.strictObject({
  kind: z.literal('reference'),
  ...publication,
  publisher: text.optional(),
  year: year.optional(),
});
/** A sentence of a report of this edition: proof of how the report uses the term, never of its history. */
const reportSource = z.strictObject({
  kind: z.literal('report'),
  /** An anchor id of a report. */
  anchor: z.string().min(1),
  /** The report's slug; without it, the first report that has the anchor. */
  report: z.string().optional(),
});

export const publicationSourceSchema = z.discriminatedUnion('kind', [officialSource, pressSource, academicSource, referenceSource]);
export const sourceSchema = z.discriminatedUnion('kind', [officialSource, pressSource, academicSource, referenceSource, reportSource]);
export type PublicationSource = z.infer<typeof publicationSourceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];


/** One entry of the glossary: `content/glossary/<id>.yaml`. */
export const glossaryEntrySchema = z
  .strictObject({
    /** Toneless pinyin slug, the file's name: `wu-shui-gong-zhi`. Starts with a letter (it is an HTML id too). */
    id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'expected a pinyin slug: lower-case ASCII syllables joined by hyphens, starting with a letter'),
    /** The term as it mostly occurs in the report, without quotation marks. */
    term: text,
    /** Other exact forms under which it occurs (`两化`, `两化深度融合`). */
    aliases: z.array(text).default([]),
    /**
     * Names a reader may search for that the report does not write, each true of this term: the national
     * or usual name of what the report names otherwise (特色小镇 for 特色产业小镇), an abbreviation of it
     * (PPP), its English name elsewhere. Search finds the term's sentences by them; the text never marks them.
     * A rendering already listed in `renderings` need not be repeated here.
     */
    searchAliases: z.array(text).default([]),
    /**
     * Hanyu pinyin by GB/T 16159-2012: words written together, proper nouns capitalised, letters kept,
     * numerals as spoken (劣V类 liè wǔ lèi). The rule for slogans is in the README's glossary section.
     */
    pinyin: text,
    /** The English rendering this edition's translation uses, every time. */
    en: text,
    /** Where `en` is used before this edition, or `own` when it is this edition's rendering. */
    enSource: z.union([z.literal('own'), publicationSourceSchema]),
    /** Other renderings: each with a publication that uses it, or marked as this edition's suggestion. */
    renderings: z
      .array(z.union([z.strictObject({ text, source: publicationSourceSchema }), z.strictObject({ text, own: z.literal(true) })]))
      .default([]),
    /** What sort of term it is. */
    kind: z.enum(GLOSSARY_KINDS),
    /** False when the exact meaning of a local slogan could not be established (the long text says so). */
    established: z.boolean(),
    /**
     * True when the explanation is this edition's reading of the report alone: it then claims nothing the
     * report does not say, and needs no source besides the report's sentences.
     */
    ownExplanation: z.boolean().default(false),
    /** One sentence per language, for the toggletip. */
    short: localizedText,
    /** What it is, who launched it and when, what it consists of. */
    long: localizedText,
    /** The level of government or Party that introduced it, or `unknown` where no source says. */
    level: z.union([z.enum(LEVELS), z.literal('unknown')]).optional(),
    /** Who introduced it, or `unknown` where no source says. */
    issuer: z.union([z.literal('unknown'), localizedText]).optional(),
    /** The year it was introduced (or the years over which it was), with the source that says so; or `unknown`. */
    introduced: z
      .union([z.literal('unknown'), z.strictObject({ year, to: year.optional(), source: sourceSchema })])
      .optional(),
    /** The document that introduced it. */
    document: z.strictObject({ /** In the source language, with a translation where an official one exists. */ title: localizedText, number: text.optional(), year: year.optional(), url: httpUrl.optional() }).optional(),
    /** What became of it after the report, each step with its year and source. */
    later: z.array(z.strictObject({ year, text: localizedText, source: publicationSourceSchema })).default([]),
    /** Ids of related entries. */
    related: z.array(z.string()).default([]),
    /** Where the explanation comes from: sentences of the report, and publications. */
    sources: z.array(sourceSchema).min(1, 'expected at least one source'),
    /** Set to false for an entry kept although no report of the edition uses it. */
    occursInText: z.boolean().default(true),
  })
  .superRefine((entry, ctx) => {
    for (const { path, url } of urlsOf(entry)) {
      const host = disallowedHost(url);
      if (host) ctx.addIssue({ code: 'custom', path, message: `${host} is a content farm, document mirror, exam-preparation or user-edited site, never a source: cite the original publication` });
    }
    const outside = entry.sources.some((s) => s.kind !== 'report');
    if (!outside && !entry.ownExplanation) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'expected a source that is not the report (official, press, academic or reference), or ownExplanation: true for an explanation that claims nothing the report does not say',
      });
    }
    if (entry.ownExplanation && !entry.sources.some((s) => s.kind === 'report')) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'an entry marked ownExplanation rests on the report: expected the anchors of the sentences it explains' });
    }
    if (KINDS_WITH_ORIGIN.includes(entry.kind)) {
      for (const field of ['level', 'issuer', 'introduced'] as const) {
        if (entry[field] === undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: `expected ${field} for a ${entry.kind} entry (each may be \`unknown\` where no source says)` });
        }
      }
    }
    if (typeof entry.introduced === 'object' && entry.introduced.to !== undefined && entry.introduced.to < entry.introduced.year) {
      ctx.addIssue({ code: 'custom', path: ['introduced', 'to'], message: 'expected the end year after the start year' });
    }
  });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Every address an entry cites, with the path of its field. */
function urlsOf(entry: GlossaryEntry): { path: PropertyKey[]; url: string }[] {
  const found: { path: PropertyKey[]; url: string }[] = [];
  const add = (path: PropertyKey[], source: object | string | undefined) => {
    if (typeof source === 'object' && 'url' in source && typeof source.url === 'string') found.push({ path: [...path, 'url'], url: source.url });
  };
  entry.sources.forEach((s, i) => add(['sources', i], s));
  entry.renderings.forEach((r, i) => 'source' in r && add(['renderings', i, 'source'], r.source));
  add(['enSource'], entry.enSource);
  if (typeof entry.introduced === 'object') add(['introduced', 'source'], entry.introduced.source);
  add(['document'], entry.document);
  entry.later.forEach((l, i) => add(['later', i, 'source'], l.source));
  return found;
}

/** `content/glossary/_exclusions.yaml`: quoted expressions that are not terms, each with why. */
export const glossaryExclusionsSchema = z.array(
  z.strictObject({
    /** The quoted expression, without quotation marks. */
    term: z.string().trim().min(1),
    /** Why it is not an entry. */
    reason: z.string().trim().min(1),
  }),
);
export type GlossaryExclusion = z.infer<typeof glossaryExclusionsSchema>[number];
