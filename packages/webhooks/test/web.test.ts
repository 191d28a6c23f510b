// The Web Request adapter, with Fetch API objects as Hono, Next.js route
// handlers, Workers, Deno and Bun hand them over, and through a Hono app.
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryReplayStore, WebhookConfigurationError, type WebhookEvent } from '../src/index.js';
import { constructEventFromRequest, createWebhookHandler } from '../src/web.js';
import { deliveryBody, ed, edOther, NOW, signEd25519, signedHeaders } from './support/signing.js';

const keys = { ed25519: ed.pem };
const url = 'http://127.0.0.1/webhooks/highlevel';

const deliver = (body: string | ReadableStream, headers: Record<string, string>) =>
  new Request(url, { method: 'POST', body, headers, ...(typeof body === 'string' ? {} : { duplex: 'half' }) });

function handler(onEvent = vi.fn(), extra: Record<string, unknown> = {}) {
  const onError = vi.fn();
  const replayStore = createMemoryReplayStore();
  return {
    onEvent,
    onError,
    replayStore,
    handle: createWebhookHandler({ keys, now: NOW, replayStore, onEvent, onError, ...extra }),
  };
}

describe('constructEventFromRequest', () => {
  it('reads the raw body of a Request and returns its event', async () => {
    const body = deliveryBody();
    const event = await constructEventFromRequest(deliver(body, signedHeaders(body)), { keys, now: NOW });
    expect(event).toEqual(JSON.parse(body));
  });

  it('names the fix when the body was already read', async () => {
    const body = deliveryBody();
    const request = deliver(body, signedHeaders(body));
    await request.json();
    const error = await constructEventFromRequest(request, { keys, now: NOW }).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookConfigurationError);
    expect(error.message).toMatch(
      /already read .* pass the Request to constructEventFromRequest before anything reads it/,
    );
  });
});

describe('createWebhookHandler', () => {
  it('hands a verified event to onEvent and answers 200', async () => {
    const { handle, onEvent } = handler();
    const body = deliveryBody();
    const request = deliver(body, signedHeaders(body));
    const response = await handle(request);
    expect([response.status, await response.json()]).toEqual([200, { received: true }]);
    expect(onEvent).toHaveBeenCalledWith(JSON.parse(body), request);
  });

  it('answers with the Response onEvent returns', async () => {
    const { handle } = handler(vi.fn(() => new Response('queued', { status: 202 })));
    const body = deliveryBody();
    const response = await handle(deliver(body, signedHeaders(body)));
    expect([response.status, await response.text()]).toEqual([202, 'queued']);
  });

  it('answers 400 with the reason to a tampered delivery, and 200 without processing to a replay', async () => {
    const { handle, onEvent } = handler();
    const body = deliveryBody();
    const tampered = await handle(deliver(body.replace('104', '105'), signedHeaders(body)));
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({ error: 'bad-signature' });
    expect((await handle(deliver(body, signedHeaders(body)))).status).toBe(200);
    const replay = await handle(deliver(body, signedHeaders(body)));
    expect([replay.status, await replay.json()]).toEqual([200, { received: true, duplicate: true }]);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it('answers 413 to a body over the cap, declared or streamed, without reading it all', async () => {
    const { handle, onEvent } = handler(vi.fn(), { maxBodyBytes: 1024 });
    const body = deliveryBody({ pad: 'x'.repeat(2000) });
    const declared = await handle(deliver(body, signedHeaders(body)));
    expect([declared.status, (await declared.json()).error]).toEqual([413, 'too-large']);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(512).fill(0x20));
      },
    });
    const streamed = await handle(deliver(endless, { 'x-ghl-signature': signEd25519(body) }));
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(10);
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('answers 500 when onEvent throws, and processes the sender retry', async () => {
    const onEvent = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(undefined);
    const { handle, onError } = handler(onEvent);
    const body = deliveryBody();
    const failed = await handle(deliver(body, signedHeaders(body)));
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain('database down');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database down' }), expect.any(Request));
    const retry = await handle(deliver(body, signedHeaders(body)));
    expect([retry.status, await retry.json()]).toEqual([200, { received: true }]);
    expect(onEvent).toHaveBeenCalledTimes(2);
  });

  it('calls onRejected with each refused delivery', async () => {
    const onRejected = vi.fn();
    const { handle } = handler(vi.fn(), { onRejected });
    const body = deliveryBody();
    await handle(deliver(body, { 'x-ghl-signature': signEd25519(body, edOther) }));
    expect(onRejected).toHaveBeenCalledWith(expect.objectContaining({ reason: 'bad-signature' }), expect.any(Request));
  });

  it('serves a Hono route end to end', async () => {
    const events: WebhookEvent[] = [];
    const handle = createWebhookHandler({
      keys,
      now: NOW,
      replayStore: createMemoryReplayStore(),
      onEvent: (event) => {
        events.push(event);
      },
    });
    const app = new Hono();
    app.post('/webhooks/highlevel', (c) => handle(c.req.raw));
    const body = deliveryBody({ type: 'OrderStatusUpdate' });
    const response = await app.request('/webhooks/highlevel', { method: 'POST', body, headers: signedHeaders(body) });
    expect(response.status).toBe(200);
    expect(events.map((event) => event.type)).toEqual(['OrderStatusUpdate']);
  });
});
