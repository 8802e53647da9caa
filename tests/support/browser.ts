/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). It is found
 * through CHROME_PATH, then the usual system paths; without one the suite fails with one
 * line saying how to install it — browser tests are never skipped silently.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, ...SYSTEM_PATHS].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s with `apt-get install -y chromium` (or set CHROME_PATH to a Chromium binary).');
  return found;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh headless Chromium with its own empty profile. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'edition-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: CHROME_ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A visit to one page in a reused tab: what it requested outside the origin and what it logged as errors. */
export interface Visit {
  page: import('playwright-core').Page;
  outside: string[];
  errors: string[];
}

/**
 * A few tabs, reused from page to page (opening a tab costs more than loading one of
 * these pages); `visit` waits for a free tab, loads the URL and reports what happened.
 */
export function tabPool(browser: Browser, origin: string, size: number) {
  const free: Visit[] = [];
  const waiting: ((visit: Visit) => void)[] = [];
  let created = 0;
  const acquire = async (): Promise<Visit> => {
    const ready = free.pop();
    if (ready) return ready;
    if (created < size) {
      created++;
      const page = await browser.context.newPage();
      const visit: Visit = { page, outside: [], errors: [] };
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) visit.outside.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') visit.errors.push(message.text());
      });
      page.on('pageerror', (error) => visit.errors.push(error.message));
      return visit;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (visit: Visit) => {
    const next = waiting.shift();
    if (next) next(visit);
    else free.push(visit);
  };
  return {
    async visit<T>(path: string, check: (visit: Visit, status: number | undefined) => Promise<T>): Promise<T> {
      const visit = await acquire();
      visit.outside = [];
      visit.errors = [];
      try {
        const response = await visit.page.goto(origin + path, { waitUntil: 'load' });
        return await check(visit, response?.status());
      } finally {
        release(visit);
      }
    },
  };
}
