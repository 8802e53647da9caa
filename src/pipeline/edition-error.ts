/**
 * The one error type of the pipeline: it always names where the problem is
 * (a file, and a line or an entry) and what was expected, so a build that
 * stops on bad input tells the author exactly what to fix.
 *
 * Shapes: `file: reason`, `file:line: reason`, `file (entry): reason`, and, where the
 * position of an entry is known, `file:line:column (entry): reason`.
 */
export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based, when known. */
  column?: number;
}

export class EditionError extends Error {
  readonly file: string;
  /** The entry (a key path such as `p1-1-s3` or `sources.0.url`) or the line, as given. */
  readonly where: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(file: string, where: string | number | undefined, reason: string, position?: SourcePosition) {
    const line = typeof where === 'number' ? where : position?.line;
    const column = typeof where === 'number' ? undefined : position?.column;
    const entry = typeof where === 'string' ? where : undefined;
    let place = file;
    if (line !== undefined) place += column !== undefined ? `:${line}:${column}` : `:${line}`;
    if (entry !== undefined) place += ` (${entry})`;
    super(`${place}: ${reason}`);
    this.name = 'EditionError';
    this.file = file;
    this.where = where === undefined ? undefined : String(where);
    this.line = line;
    this.column = column;
  }
}
