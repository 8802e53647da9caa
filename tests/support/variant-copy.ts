/**
 * The variant build: one project copy that differs from the default build in five ways that do not
 * touch each other, built once by the site project's global setup (tests/setup/build-site.ts) beside
 * the default build, because builds are the slow part of the suite. Four test files read it
 * through `inject('variant')`:
 *   variant-build.test.ts     served from a sub-path of a public host (EDITION_BASE, EDITION_SITE),
 *                             and one English sentence left untranslated
 *   any-report.test.ts        other reports added by `npm run report:add`, their drafted metadata unedited
 *   add-language.test.ts      a third language added by the README's steps alone
 *   script-injection.test.ts  `</script><script>alert(…)` in a translated heading and the English title
 * Each change is made by the function named after it, so a test can say exactly what its copy holds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { buildEnv, filesUnder } from './dist.ts';
import { astroBuild, projectCopy } from './project-copy.ts';
import { META, TRANSLATIONS, badFixture } from './edition-copy.ts';
import { OTHER_REPORTS, type ReportFixture } from './report-fixtures.ts';
import { FULL } from './full.ts';

export const SLUG = 'quzhou-2015';

// Served from a sub-path.
export const BASE = '/edition/quzhou/';
export const SITE = 'https://reports.example.org';
/** The English sentence left untranslated: 我们坚持… in part 1, section 1. */
export const UNTRANSLATED = 'p1-1-s3';

// Other reports. `npm test` adds the three that hold every layout the tests look at: Sichuan (unnumbered parts,
// its own 名词解释), Yunnan (名词解释 and an attached document), Guangdong (both, numbered); test:full all six.
const SAMPLE_REPORTS = ['guangdong-2025', 'sichuan-2025', 'yunnan-2025'];
export const ADDED_REPORTS: ReportFixture[] = FULL ? OTHER_REPORTS : OTHER_REPORTS.filter((f) => SAMPLE_REPORTS.includes(f.slug));

// The third language.
export const CODE = 'xx';
/** The three sentences the new language translates: two in the first chapter, one in the second. */
export const TRANSLATED: Record<string, string> = {
  'open-s1': 'Xx deputies:',
  'p1-1-s2': 'Xx: the city’s GDP reached 112.1 billion yuan.',
  'p2-s1': 'Xx: the first sentence of the second part.',
};
/** The strings the new language changes from the English file it starts from. */
export const CHANGED_STRINGS = { editionName: 'Xx edition of the government work reports', skipToContent: 'Xx: skip to the text', parallelView: 'Xx side by side' };
/** What the README's steps write, project-relative: the only files they may touch. */
export const STEP_FILES = ['src/i18n/languages.json', `src/i18n/strings/${CODE}.json`, `content/translations/${SLUG}/${CODE}/first-sentences.yaml`];

// Script-ending text.
export const HOSTILE = YAML.parse(readFileSync(badFixture('script-breakout.yaml'), 'utf8')) as { heading: string; title: string };

/** What the global setup hands the test files (plain data: it crosses from the setup to the workers). */
export interface VariantBuild {
  /** The copy's folder; its site is in `dist/`. */
  dir: string;
  /** What the build printed. */
  output: string;
  /** Each `npm run report:add` of ADDED_REPORTS: the slug, exit status and output. */
  added: { slug: string; status: number | null; output: string }[];
  /** The project files the language steps changed, from hashes taken before and after them. */
  changedByLanguageSteps: string[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    variant: VariantBuild;
  }
}

/** Every source file of a copy (what a `git diff --name-only` would compare), with its hash. */
function sourceHashes(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const hash = (file: string) => createHash('sha256').update(readFileSync(join(root, file))).digest('hex');
  for (const top of ['src', 'content', 'seeds', 'public']) {
    for (const file of filesUnder(join(root, top))) hashes.set(file.slice(root.length + 1), hash(file.slice(root.length + 1)));
  }
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json']) hashes.set(file, hash(file));
  return hashes;
}

function replaceIn(dir: string, file: string, from: RegExp, to: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!from.test(text)) throw new Error(`${file} does not match ${from}: the variant copy would not hold what its tests expect`);
  writeFileSync(join(dir, file), text.replace(from, () => to));
}

/** Removes one entry from the English translation file that has it. */
function untranslate(dir: string, id: string) {
  const folder = join(dir, TRANSLATIONS);
  const file = readdirSync(folder).map((f) => join(folder, f)).find((f) => YAML.parse(readFileSync(f, 'utf8'))?.[id] !== undefined);
  if (!file) throw new Error(`no translation of ${id} in ${TRANSLATIONS}`);
  const document = YAML.parseDocument(readFileSync(file, 'utf8'));
  document.delete(id);
  writeFileSync(file, String(document));
}

/** Puts script-ending text in the English heading of part 1 and in the report's English title. */
function addScriptEndingText(dir: string) {
  replaceIn(dir, `${TRANSLATIONS}/stretch-1.yaml`, /^p1: .*$/mu, `p1: ${JSON.stringify(HOSTILE.heading)}`);
  replaceIn(dir, META, /^( {2}en: )Report on the Work of the Quzhou Municipal Government \(2015\)$/mu, `  en: ${JSON.stringify(HOSTILE.title)}`);
}

/** Adds each report of ADDED_REPORTS with `npm run report:add`, as a user would, and leaves its drafted metadata as it is. */
function addReports(dir: string): VariantBuild['added'] {
  return ADDED_REPORTS.map((fixture) => {
    const run = spawnSync('npm', ['run', '-s', 'report:add', '--', join(process.cwd(), fixture.file), ...(fixture.options ?? [])], { cwd: dir, encoding: 'utf8', env: buildEnv() });
    return { slug: fixture.slug, status: run.status, output: `${run.stdout}\n${run.stderr}` };
  });
}

/** The README's “Adding a language” steps: a table entry, a strings file, the translations of three sentences. */
function addLanguage(dir: string) {
  const write = (file: string, content: string) => {
    if (!STEP_FILES.includes(file)) throw new Error(`${file} is not one of the steps' files`);
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  // Step 1: the table.
  const table = JSON.parse(readFileSync(join(dir, 'src/i18n/languages.json'), 'utf8')) as object[];
  write('src/i18n/languages.json', `${JSON.stringify([...table, { code: CODE, htmlLang: CODE, label: 'Xxish', locale: 'en-GB' }], null, 2)}\n`);
  // Step 2: the strings, from a copy of the English file.
  const english = JSON.parse(readFileSync(join(dir, 'src/i18n/strings/en.json'), 'utf8')) as object;
  write(`src/i18n/strings/${CODE}.json`, `${JSON.stringify({ ...english, ...CHANGED_STRINGS }, null, 2)}\n`);
  // Step 3: the translations of three sentences.
  write(STEP_FILES[2]!, Object.entries(TRANSLATED).map(([id, text]) => `${id}: ${JSON.stringify(text)}\n`).join(''));
}

/** Makes the copy and builds it with `astro build` (the search index is not needed: its tests use the default build). */
export async function buildVariantCopy(): Promise<VariantBuild> {
  const dir = projectCopy('variant');
  untranslate(dir, UNTRANSLATED);
  addScriptEndingText(dir);
  const added = addReports(dir);
  const before = sourceHashes(dir);
  addLanguage(dir);
  const after = sourceHashes(dir);
  const changedByLanguageSteps = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();
  const { status, output } = await astroBuild(dir, { EDITION_BASE: BASE, EDITION_SITE: SITE });
  if (status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the variant build failed:\n${output}`);
  }
  return { dir, output, added, changedByLanguageSteps };
}
