/** A small static file server for dist/ on 127.0.0.1, as a static host would serve it (gzip for text, as hosts do). */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * `headers` are sent with every response, as a host configured for the site would (e.g. Content-Security-Policy);
 * `base` is the sub-path the site is served from (a site built with EDITION_BASE): nothing outside it is found.
 */
export async function serveStatic(root: string, options: { headers?: Record<string, string>; base?: string } = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const path = requested.startsWith(base) ? requested.slice(base.length - 1) : undefined;
    let file = path === undefined ? '' : normalize(join(root, path));
    if (path !== undefined && !file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const compress = /^(text|application\/(json|xml)|image\/svg)/u.test(type) && /\bgzip\b/u.test(String(request.headers['accept-encoding']));
    const headers = { ...options.headers, 'content-type': type, 'cache-control': 'no-cache', ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) };
    response.writeHead(200, headers);
    response.end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
