/**
 * Traditional → simplified Chinese, by OpenCC's t→cn data (phrases, then characters). The search page
 * imports this module only for a query with a character that conversion changes (exact-search.ts),
 * so Vite puts it, with its dictionary, in a chunk of its own.
 */
import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';

export const toSimplified = ConverterFactory(toCn);
