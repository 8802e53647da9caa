/**
 * addReport: what `npm run report:add -- <file.txt>` does. It checks a report's text (strict
 * UTF-8; the seed parser reads it whole, with the no-loss property), copies it into `seeds/`
 * unchanged, and drafts `<name>.meta.yaml` beside it from the title block (title-block.ts):
 * the Chinese it found, the English left as commented lines to fill in. Nothing is written
 * unless everything checks; an existing seed or metadata file is never overwritten.
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import { EditionError } from '../pipeline/edition-error.ts';
import { parseSeed } from '../pipeline/parse-seed.ts';
import { lossOf } from '../pipeline/no-loss.ts';
import { readTitleBlock, type TitleBlockFacts } from '../pipeline/title-block.ts';
import { DEFAULT_PROFILE } from '../pipeline/genre-profile.ts';
import { walkDivisions, type ReportTree } from '../pipeline/report-tree.ts';
import { reportMetaSchema, TEXT_FIELDS } from '../schemas/report-meta.ts';
import { LANGS, SOURCE_LANG, TRANSLATION_LANGS } from '../i18n/langs.ts';
import { displayPath, validate } from './read-content.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { editionPaths } from './paths.ts';

export interface AddReportOptions {
  root: string;
  /** The report's text. */
  file: string;
  /** What the title block cannot say, or says otherwise: these win over it. */
  slug?: string;
  title?: string;
  date?: string;
}

export interface AddedReport {
  seedFile: string;
  metaFile: string;
  /** The fields drafted, as `field: value`, and where each came from. */
  found: { field: string; value: string; from: 'title block' | 'derived' | 'option' }[];
  /** What is left to fill in. */
  left: string[];
  tree: ReportTree;
}

const SLUG = /^[a-z][a-z0-9-]*$/u;

type TextField = (typeof TEXT_FIELDS)[number];

export function addReport(options: AddReportOptions): AddedReport {
  const paths = editionPaths(options.root);
  const shown = displayPath(options.file);
  const name = basename(options.file).replace(/\.txt$/u, '');
  if (!options.file.endsWith('.txt')) throw new EditionError(shown, undefined, 'expected a .txt file: the report as plain UTF-8 text, one paragraph a line');
  const seedFile = join(paths.seeds, `${name}.txt`);
  const metaFile = paths.metaOf(seedFile);
  for (const target of [seedFile, metaFile]) {
    if (existsSync(target)) throw new EditionError(displayPath(target), undefined, 'already exists: a report is added once (remove it first to add it again)');
  }

  const text = decodeUtf8(readFileSync(options.file), shown);
  const tree = parseSeed(text, { file: shown, profile: DEFAULT_PROFILE });
  const loss = lossOf(text, tree);
  if (loss) throw new EditionError(shown, loss.line, `the parsed report does not reproduce the text: expected “${loss.expected}…”, the units have “${loss.found}…”`);

  const slug = options.slug ?? name.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  if (!SLUG.test(slug)) throw new EditionError(shown, undefined, `“${slug}” cannot be a slug: give one with --slug (lower-case letters, digits and hyphens, starting with a letter)`);
  const taken = slugsInUse(paths.seeds).get(slug);
  if (taken) throw new EditionError(shown, undefined, `slug “${slug}” is already used by ${displayPath(taken)}: give another with --slug`);

  const block = readTitleBlock(tree.front.map((u) => u.zh), DEFAULT_PROFILE);
  const found: AddedReport['found'] = [];
  const facts: TitleBlockFacts & { shortTitle?: string } = {};
  const take = (field: keyof typeof facts, value: string | undefined, from: AddedReport['found'][number]['from']) => {
    if (value === undefined) return;
    facts[field] = value;
    found.push({ field: field === 'date' ? 'date' : `${field}.${SOURCE_LANG}`, value, from });
  };
  take('title', options.title ?? block.title, options.title ? 'option' : 'title block');
  take('date', options.date ?? block.date, options.date ? 'option' : 'title block');
  const year = /^(\d{4})年(.+)$/u.exec(facts.title ?? '');
  take('shortTitle', year ? `${year[2]}（${year[1]}）` : undefined, 'derived');
  take('venue', block.venue, 'title block');
  take('speaker', block.speaker, 'title block');
  take('office', block.office, 'title block');
  take('place', block.place, 'derived');
  take('author', block.author, 'derived');

  const missing = [...(facts.title ? [] : ['the title (--title 2015年国务院政府工作报告)']), ...(facts.date ? [] : ['the date (--date YYYY-MM-DD)'])];
  if (missing.length > 0) {
    throw new EditionError(shown, undefined, `the title block does not give ${missing.join(' or ')}: expected a title line and a line “YYYY年M月D日在…人民代表大会…会议上” before 各位代表, or give them as options`);
  }

  const yaml = draftMeta(slug, displayPath(seedFile), facts);
  // The draft must be a valid metadata file as it stands: the build reads it without edits.
  validate(reportMetaSchema, YAML.parse(yaml), metaFile);
  try {
    copyFileSync(options.file, seedFile);
    writeFileSync(metaFile, yaml, { flag: 'wx' });
  } catch (error) {
    rmSync(seedFile, { force: true });
    throw error;
  }

  const left = [
    ...TEXT_FIELDS.flatMap((f) => (facts[f] === undefined ? [f] : TRANSLATION_LANGS.map((lang) => `${f}.${lang}`))),
    'source (what the text is a copy of, and its address)',
  ];
  return { seedFile, metaFile, found, left, tree };
}

function slugsInUse(seeds: string): Map<string, string> {
  const slugs = new Map<string, string>();
  if (!existsSync(seeds)) return slugs;
  for (const f of readdirSync(seeds).filter((n) => n.endsWith('.meta.yaml'))) {
    const file = join(seeds, f);
    const slug = (YAML.parse(readFileSync(file, 'utf8')) as { slug?: unknown } | null)?.slug;
    if (typeof slug === 'string') slugs.set(slug, file);
  }
  return slugs;
}

/** The metadata file as text: every field in the schema's order, the ones not found and the translations as commented lines. */
function draftMeta(slug: string, seed: string, facts: Partial<Record<TextField | 'date', string>>): string {
  const scalar = (value: string) => YAML.stringify(value).trimEnd();
  const lines = [
    `# Metadata of ${seed} (schema: src/schemas/report-meta.ts), drafted by \`npm run report:add\` from its title block.`,
    `# Required: slug, title.${SOURCE_LANG}, date. To add a field or a translation, remove the “# ” before its line and fill it in;`,
    '# until then the pages show the source text, or say the field is not given, and the build warns.',
    `slug: ${scalar(slug)}`,
  ];
  for (const field of TEXT_FIELDS) {
    const source = facts[field];
    if (source === undefined) lines.push(`# ${field}:`, ...LANGS.map((lang) => `#   ${lang}:`));
    else lines.push(`${field}:`, `  ${SOURCE_LANG}: ${scalar(source)}`, ...TRANSLATION_LANGS.map((lang) => `  # ${lang}:`));
    if (field === 'shortTitle') lines.push(`date: ${facts.date!}`);
  }
  lines.push('# source:', '#   description:', ...LANGS.map((lang) => `#     ${lang}:`), '#   url:');
  return `${lines.join('\n')}\n`;
}

/** How many divisions of each kind the tree has, for the summary report:add prints. */
export function divisionCounts(tree: ReportTree): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { division } of walkDivisions([...tree.parts, ...tree.appendices])) counts[division.kind] = (counts[division.kind] ?? 0) + 1;
  return counts;
}
