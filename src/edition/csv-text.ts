/**
 * The one way the edition writes CSV (csv-stringify): RFC 4180 quoting, `\n` line ends, and a
 * UTF-8 byte order mark, without which spreadsheet programs read the Chinese as another encoding.
 */
import { stringify } from 'csv-stringify/sync';

export const csvText = (rows: (string | number | null)[][]): string => stringify(rows, { bom: true, record_delimiter: 'unix', cast: { number: String } });
