// Starts hostile servers for a test file and stops every one after each test,
// so a failing test never leaves an endless answer running.
import { afterEach } from 'vitest';
import { type HostileServer, type HostileServerOptions, startHostileServer } from '../../src/index.js';

export function useServer(): (options?: HostileServerOptions) => Promise<HostileServer> {
  const started: HostileServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.stop()));
  });
  return async (options) => {
    const server = await startHostileServer(options);
    started.push(server);
    return server;
  };
}

/** Resolves once the server has recorded `count` requests (they are being answered). */
export async function untilRequests(server: HostileServer, count: number, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.requests.length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} requests, got ${server.requests.length}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Reads a response body until `limit` bytes or its end; returns the bytes read and whether it ended. */
export async function readUpTo(
  response: Response,
  limit: number,
): Promise<{ bytes: number; ended: boolean; text: string }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  while (bytes < limit) {
    const { done, value } = await reader.read();
    if (done) return { bytes, ended: true, text };
    bytes += value.byteLength;
    if (text.length < 4096) text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return { bytes, ended: false, text };
}
