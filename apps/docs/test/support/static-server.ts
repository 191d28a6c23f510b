// Serves the built site as a static host would (GitHub Pages included): files
// under the base path, a folder's index.html, 404.html for anything else.
// Loopback only, on a free port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

const pathnameOf = (url = '/') => new URL(url, 'http://127.0.0.1').pathname;

function fileFor(root: string, base: string, url: string): string | null {
  const pathname = pathnameOf(url);
  if (!pathname.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return null;
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

export async function serveStatic(root: string, base: string): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const file = fileFor(root, base, request.url ?? '/');
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    // As a static host serves VitePress: files under assets/ have a hash in
    // their name, so the browser may keep them (and its compiled scripts)
    // from one page to the next instead of fetching them again.
    const immutable = status === 200 && pathnameOf(request.url).startsWith(`${base}assets/`);
    response.writeHead(status, {
      'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
