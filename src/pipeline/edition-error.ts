/**
 * The one error type of the pipeline: it always names where the problem is
 * (a file, and a line or an entry) and what was expected, so a build that
 * stops on bad input tells the author exactly what to fix.
 */
export class EditionError extends Error {
  readonly file: string;
  readonly where: string | undefined;

  constructor(file: string, where: string | number | undefined, reason: string) {
    const place = where === undefined ? file : typeof where === 'number' ? `${file}:${where}` : `${file} (${where})`;
    super(`${place}: ${reason}`);
    this.name = 'EditionError';
    this.file = file;
    this.where = where === undefined ? undefined : String(where);
  }
}
