/**
 * Reading content files with errors that name the file and the entry: YAML syntax errors
 * with their line, schema errors with the path of the field and what was expected.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { EditionError } from '../pipeline/edition-error.ts';

export const displayPath = (file: string) => relative(process.cwd(), file) || file;

export function readYaml(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    throw new EditionError(displayPath(file), line, `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  return doc.toJS();
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EditionError(displayPath(file), undefined, `invalid JSON: ${(error as Error).message}`);
  }
}

/** Validates data against a schema; the first problem becomes an EditionError naming the entry. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.length > 0 ? issue.path.join('.') : undefined;
  throw new EditionError(displayPath(file), path, issue.message);
}
