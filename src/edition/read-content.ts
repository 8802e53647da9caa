/**
 * Reading content files with errors that name the file, the line and column, and the entry:
 * YAML syntax errors at the yaml library's own position (with the key where there is one),
 * schema errors at the node the field's path leads to, saying what was expected and what was found.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import YAML, { LineCounter, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { EditionError, type SourcePosition } from '../pipeline/edition-error.ts';
import { decodeUtf8 } from './decode-utf8.ts';

export const displayPath = (file: string) => relative(process.cwd(), file) || file;

/** A file's text, which must be UTF-8 (decode-utf8.ts says what it is when it is not). */
export function readUtf8(file: string): string {
  return decodeUtf8(readFileSync(file), displayPath(file));
}

type Path = readonly PropertyKey[];

/** Where a value of a content file stands, for error messages; undefined where the path leads nowhere (a missing field). */
export type Locate = (path: Path, what?: 'value' | 'key') => SourcePosition | undefined;

export interface YamlContent {
  data: unknown;
  locate: Locate;
}

export function readYaml(file: string): YamlContent {
  return parseYaml(readUtf8(file), displayPath(file));
}

/** Parses YAML text; the first syntax error becomes an EditionError at its line and column. */
export function parseYaml(text: string, file: string): YamlContent {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const error = doc.errors[0];
  if (error) {
    const problem = describeYamlError(doc, error, text, lines);
    throw new EditionError(file, problem.key, `invalid YAML: ${problem.message}`, position(problem.offset));
  }
  const locate: Locate = (path, what = 'value') => {
    // A missing field has no node: point at the entry that lacks it; a missing top-level field gets no line.
    for (let length = path.length; length > 0; length--) {
      const found = nodeAt(doc, path.slice(0, length));
      if (!found) continue;
      const range = what === 'key' && length === path.length ? found.key?.range : (found.value?.range ?? found.key?.range);
      if (range) return position(range[0]);
    }
    return path.length === 0 && doc.contents?.range ? position(doc.contents.range[0]) : undefined;
  };
  return { data: doc.toJS(), locate };
}

/** The innermost key whose entry the offset falls in, as a dotted path. */
function keyAround(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  YAML.visit(doc, {
    Pair(_, pair, ancestors) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const start = key?.range?.[0];
      const end = value?.range?.[2] ?? key?.range?.[2];
      if (start === undefined || end === undefined || offset < start || offset > end) return undefined;
      const names = ancestors.filter(isPair).map((p) => keyName(p.key as Node));
      found = [...names, keyName(key!)].join('.');
      return undefined;
    },
  });
  return found;
}

const keyName = (key: Node | null) => (isScalar(key) ? String(key.value) : String(key));

/** What a YAML error says, in words for people, where it is, and which key it concerns. */
function describeYamlError(doc: Document, error: YAML.YAMLError, text: string, lines: LineCounter): { message: string; offset: number; key?: string } {
  const offset = error.pos[0];
  if (error.code === 'DUPLICATE_KEY') {
    const keys = keysBeside(doc, offset);
    const name = keys.find((k) => k.range?.[0] === offset);
    const first = keys.find((k) => keyName(k) === keyName(name ?? null));
    const earlier = first?.range && first !== name ? ` (first at line ${lines.linePos(first.range[0]).line})` : '';
    return { message: `duplicate key “${keyName(name ?? null)}”${earlier}: each key may appear once`, offset, key: keyAround(doc, offset) };
  }
  if (error.code === 'MISSING_CHAR' && /quote/u.test(error.message)) {
    // The parser notices a missing closing quote only where the file ends; the string began at its opening quote.
    let opened: { start: number; path?: string } | undefined;
    YAML.visit(doc, {
      Scalar(_, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] <= offset && node.range[1] >= offset) {
          opened = { start: node.range[0], path: keyAround(doc, node.range[0]) };
        }
      },
    });
    if (opened) {
      const quote = text[opened.start];
      return { message: `the string that starts here with ${quote} is never closed: expected a closing ${quote} before the end of the line`, offset: opened.start, key: opened.path };
    }
  }
  return { message: error.message.split('\n')[0]!, offset, key: keyAround(doc, offset) };
}

/** The keys of the mapping that holds the key at `offset`, in order. */
function keysBeside(doc: Document, offset: number): Node[] {
  let keys: Node[] = [];
  YAML.visit(doc, {
    Map(_, map) {
      const here = map.items.map((p) => p.key as Node);
      if (!here.some((k) => k?.range?.[0] === offset)) return undefined;
      keys = here;
      return YAML.visit.BREAK;
    },
  });
  return keys;
}

/** The key and value nodes a path leads to in a YAML document. */
function nodeAt(doc: Document, path: Path): { key?: Node; value?: Node } | undefined {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyName(p.key as Node) === String(step));
      if (!pair) return undefined;
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      key = undefined;
      if (node === undefined) return undefined;
    } else return undefined;
  }
  return { key, value: (node ?? undefined) as Node | undefined };
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readUtf8(file));
  } catch (error) {
    if (error instanceof EditionError) throw error;
    throw new EditionError(displayPath(file), undefined, `invalid JSON: ${(error as Error).message}`);
  }
}

/** A YAML file checked against its schema (`empty` stands for a file with no content). */
export function readYamlAs<S extends z.ZodType>(schema: S, file: string, empty?: unknown): z.infer<S> {
  const { data, locate } = readYaml(file);
  return validate(schema, data ?? empty, file, locate);
}

/**
 * Validates data against a schema; the first problem becomes an EditionError naming the entry,
 * what was expected and what was found, at its line when `locate` knows it.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, locate?: Locate): z.infer<S> {
  // reportInput: a union's issue needs the value it was given, to say what was found.
  const result = schema.safeParse(data, { error: describeIssue, reportInput: true });
  if (result.success) return result.data;
  const { path, message, what } = innermost(result.error.issues[0]!);
  const entry = path.length > 0 ? path.join('.') : undefined;
  throw new EditionError(displayPath(file), entry, message, locate?.(path, what));
}

type Issue = z.core.$ZodIssue;

/**
 * A union's issue says only that no branch fits: take the branch that got furthest (the one whose
 * problems are not about the type of the value itself), or, when every branch wants another type,
 * say which types would do.
 */
function innermost(issue: Issue, prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string; what: 'value' | 'key' } {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const typeOnly = issue.errors.every((branch) => branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0);
    if (typeOnly) {
      const expected = issue.errors.map((branch) => typeName((branch[0] as z.core.$ZodIssueInvalidType).expected));
      const got = issue.input === undefined ? 'nothing' : kindOf(issue.input);
      return { path, message: `expected ${[...new Set(expected)].join(' or ')}, got ${got}`, what: 'value' };
    }
    const fitting = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    const best = [...(fitting.length > 0 ? fitting : issue.errors)].sort((a, b) => a.length - b.length)[0]!;
    return innermost(best[0]!, path);
  }
  if (issue.code === 'unrecognized_keys') return { path: [...path, issue.keys[0]!], message: issue.message, what: 'key' };
  return { path, message: issue.message, what: 'value' };
}

/** zod's types in words: `string` → “a string”. */
function typeName(type: string): string {
  const names: Record<string, string> = { object: 'an object (key: value lines)', record: 'an object (key: value lines)', array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false', int: 'a whole number' };
  return names[type] ?? type;
}

/** What a value found in a file is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”)`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/**
 * Messages for zod's issue codes, used where a schema gives none of its own: each says what was
 * expected and what was found (“expected a string, got a number (2015)”).
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing: expected ${typeName(issue.expected)}` : `expected ${typeName(issue.expected)}, got ${kindOf(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'expected a non-empty text' : `expected at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `expected at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'item' : 'items'}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `expected at most ${issue.maximum} items`;
      return undefined;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => `“${String(v)}”`).join(', ')}; got ${kindOf(issue.input)}`;
    case 'invalid_format': {
      const expected = issue.format === 'date' ? 'a date YYYY-MM-DD' : issue.format === 'regex' ? `text of the form ${issue.pattern}` : `a valid ${issue.format}`;
      return `expected ${expected}, got ${kindOf(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}: check the spelling (the schema in src/schemas/ lists the fields)`;
    default:
      return undefined;
  }
}
