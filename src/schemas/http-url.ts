import { z } from 'zod';

/**
 * An address a reader may follow from the edition: http or https only. zod's own `z.url()`
 * accepts any scheme, and a `javascript:`, `data:` or `vbscript:` address in a source would
 * become a link that runs code when clicked.
 */
export const httpUrl = z.url({
  protocol: /^https?$/u,
  error: (issue) =>
    typeof issue.input === 'string'
      ? `expected an http:// or https:// address, got “${issue.input.length > 60 ? `${issue.input.slice(0, 60)}…` : issue.input}”`
      : undefined,
});
