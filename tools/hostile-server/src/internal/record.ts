// Turns an incoming request into a RecordedRequest, reading its body first
// (capped, so a client that uploads forever cannot fill the server's memory).
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { RecordedRequest } from '../behaviour.js';

const MAX_BODY_BYTES = 1024 * 1024;

export async function recordRequest(req: IncomingMessage, index: number): Promise<RecordedRequest> {
  const at = performance.timeOrigin + performance.now();
  // Concatenated, not resolved: `new URL('//x/y', base)` would read `x` as a host.
  const target = req.url ?? '/';
  const url = new URL(target.startsWith('/') ? `http://127.0.0.1${target}` : target);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size < MAX_BODY_BYTES) chunks.push(chunk.subarray(0, MAX_BODY_BYTES - size));
    size += chunk.length;
  }
  return {
    index,
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
    at,
  };
}
