// Bodies that never end, are enormous, or drip: what a client reading them sees.
import { describe, expect, it } from 'vitest';
import { ENDLESS_JSON_PREFIX, endlessBody, hugeBody, slowloris } from '../../src/index.js';
import { readUpTo, untilRequests, useServer } from '../support/use-server.js';

const start = useServer();
const MB = 1024 * 1024;

describe('endlessBody', () => {
  it('keeps sending a JSON-looking body until the client aborts', async () => {
    const server = await start();
    server.use(endlessBody({ chunkBytes: 256 * 1024 }));
    const response = await fetch(server.url);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const read = await readUpTo(response, 3 * MB);
    expect(read.ended).toBe(false);
    expect(read.bytes).toBeGreaterThanOrEqual(3 * MB);
    expect(read.text.startsWith(`${ENDLESS_JSON_PREFIX}aaaa`)).toBe(true);
  });

  it('takes another status, content type and pace', async () => {
    const server = await start();
    server.use(endlessBody({ status: 500, contentType: 'text/html', chunkBytes: 10, intervalMs: 20 }));
    const started = performance.now();
    const response = await fetch(server.url);
    expect([response.status, response.headers.get('content-type')]).toEqual([500, 'text/html']);
    // The 73-byte prefix, then 10 bytes every 20 ms: 150 bytes take at least 8 pauses.
    const read = await readUpTo(response, 150);
    expect(read.ended).toBe(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(8 * 20 - 5);
  });
});

describe('hugeBody', () => {
  it('sends exactly the bytes asked, as one valid JSON page with a declared length', async () => {
    const server = await start();
    server.use(hugeBody({ bytes: 2 * MB }));
    const response = await fetch(server.url);
    expect(response.headers.get('content-length')).toBe(String(2 * MB));
    const body = await response.text();
    expect(body.length).toBe(2 * MB);
    const page = JSON.parse(body) as { data: { contactName: string }[]; totalCount: number };
    expect(page.totalCount).toBe(1);
    expect(page.data[0]!.contactName.length).toBeGreaterThan(2 * MB - 400);
  });

  it('streams plain text without a length, with any status', async () => {
    const server = await start();
    server.use(hugeBody({ bytes: MB + 3, declareLength: false, json: false, status: 500 }));
    const response = await fetch(server.url);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const read = await readUpTo(response, 10 * MB);
    expect(read).toMatchObject({ bytes: MB + 3, ended: true });
  });

  it('refuses a JSON body too small to hold the page', () => {
    expect(() => hugeBody({ bytes: 10 })).toThrow(/at least/);
  });
});

describe('slowloris', () => {
  const WINDOW_MS = 300;
  const settlesWithin = (promise: Promise<unknown>, ms: number) =>
    Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

  it('never completes the headers, dripping them or in silence', async () => {
    const server = await start();
    server.use(slowloris({ stage: 'headers', intervalMs: 20 }), slowloris({ stage: 'silence' }));
    const controller = new AbortController();
    const dripping = fetch(server.url, { signal: controller.signal });
    const silent = fetch(server.url, { signal: controller.signal });
    dripping.catch(() => {});
    silent.catch(() => {});
    await untilRequests(server, 2);
    expect(await settlesWithin(dripping, WINDOW_MS)).toBe(false);
    expect(await settlesWithin(silent, 10)).toBe(false);
    controller.abort();
  });

  it('sends headers, then drips the body without ever ending it', async () => {
    const server = await start();
    server.use(slowloris({ stage: 'body', intervalMs: 20, bytesPerTick: 2 }));
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    const chunks: string[] = [];
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    // Read until 20 characters have dripped in (10 ticks of 2 bytes; far
    // longer on a loaded machine), then check the body is still open.
    const reading = (async () => {
      while (chunks.join('').length < 20) {
        const { done, value } = await reader.read();
        if (done) return 'ended';
        chunks.push(decoder.decode(value, { stream: true }));
      }
      return 'open';
    })();
    expect(await reading).toBe('open');
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks.join('')).toMatch(/^\{"totalCount"/);
    // And it goes on dripping: the next read brings more bytes, not the end.
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
  });
});
