/**
 * Astro's own console log, for the build entry (build-site.ts), less one line. When an integration's
 * hook throws, Astro logs "An unhandled error occurred while running the … hook" before the error
 * reaches the caller; for the edition's own errors (bad input: the file, the line, what was expected)
 * that line makes a typo read like a crash. So it is held back here, and the entry prints it after all
 * when the error turns out to be a real bug. Astro loads this file by path (the `logger` option).
 */
import nodeLog from 'astro/logger/node';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

/** Held-back lines, in order; one module instance is shared by Astro and the entry (same file URL). */
export const heldBack: AstroLoggerMessage[] = [];

const isHookFailure = (message: AstroLoggerMessage) => message.level === 'error' && /An unhandled error occurred while running the /u.test(message.message);

export default function buildLog(config?: Parameters<typeof nodeLog>[0]): AstroLoggerDestination {
  const console = nodeLog(config);
  return {
    write(message) {
      if (isHookFailure(message)) heldBack.push(message);
      else console.write(message);
    },
  };
}

/** Writes the held-back lines as Astro would have. */
export function releaseHeldBack() {
  const console = nodeLog();
  for (const message of heldBack.splice(0)) console.write(message);
}
