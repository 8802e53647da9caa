/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). It is found
 * through CHROME_PATH, then the usual system paths; without one the suite fails with one
 * line saying how to install it — browser tests are never skipped silently.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext } from 'playwright-core';

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

/**
 * One Chromium per process, started at the first call: a test file's browser is a new context in it (its
 * own empty profile: storage, cache, cookies and settings are the context's), which costs a fraction of
 * starting Chromium, as a dozen test files would. The files of a test worker run one after another, so
 * Chromium waits a moment after the last context closes before it ends: the next file takes it over.
 */
const LINGER_MS = 2000;
let chromiumOfProcess: Promise<PlaywrightBrowser> | undefined;
let openContexts = 0;
let lingering: NodeJS.Timeout | undefined;

async function sharedChromium(): Promise<PlaywrightBrowser> {
  clearTimeout(lingering);
  const running = await chromiumOfProcess;
  if (running?.isConnected()) return running;
  chromiumOfProcess = chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  return chromiumOfProcess;
}

/** A fresh headless browser with its own empty profile (a new context of the process's Chromium). */
export async function launchBrowser(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const context = await (await sharedChromium()).newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  openContexts++;
  return {
    context,
    async close() {
      await context.close();
      if (--openContexts > 0) return;
      lingering = setTimeout(() => {
        const ending = chromiumOfProcess;
        chromiumOfProcess = undefined;
        void ending?.then((browser) => browser.close());
      }, LINGER_MS);
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
