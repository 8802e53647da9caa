/**
 * `astro dev` follows the edition's inputs: the integration registers every seed and content
 * file with addWatchFile, so an edit restarts the server, which loads the edition anew and
 * regenerates the chapters. Runs on a copy of the project; the real content is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/dist.ts';
import { projectCopy } from '../support/project-copy.ts';

const TRANSLATION = 'content/translations/quzhou-2015/en';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function pageWhen(url: string, accept: (html: string) => boolean, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      last = await response.text();
      if (response.ok && accept(last)) return last;
    } catch {
      // the server is starting or restarting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not show the expected content within ${timeoutMs} ms; last response began: ${last.slice(0, 200)}`);
}

describe('astro dev', () => {
  let server: ChildProcess | undefined;
  let dir: string | undefined;
  afterAll(async () => {
    // The server itself, not a wrapper around it (npx would leave astro running): stopped, and waited for.
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server!.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows an edited translation after the edit, without a manual restart', async () => {
    dir = projectCopy('dev');
    const port = await freePort();
    server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, env: buildEnv({ FORCE_COLOR: '0' }), stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}/en/quzhou-2015/part-1/`;
    // Generous waits: a timeout only catches a server that never comes (speed is for `npm run bench`), and CI machines are shared.
    const before = await pageWhen(url, (html) => html.includes('id="p1-1-s2"'), 180_000);
    expect(before).not.toContain('An edited sentence for the dev-server test.');

    const file = join(dir, TRANSLATION, 'stretch-1.yaml');
    const yaml = readFileSync(file, 'utf8');
    const edited = yaml.replace(/^p1-1-s2: .*$/mu, 'p1-1-s2: An edited sentence for the dev-server test.');
    expect(edited).not.toBe(yaml);
    writeFileSync(file, edited);

    const after = await pageWhen(url, (html) => html.includes('An edited sentence for the dev-server test.'), 180_000);
    expect(after).toMatch(/<span class="s" id="p1-1-s2">An edited sentence for the dev-server test\.<\/span>/u);
  }, 400_000);
});
