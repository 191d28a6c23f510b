// The node:http adapter end to end: a real server on 127.0.0.1, port 0.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryReplayStore, WebhookConfigurationError } from '../src/index.js';
import { constructEventFromNodeRequest, createNodeWebhookHandler } from '../src/node.js';
import { post } from './support/post.js';
import { deliveryBody, ed, NOW, signedHeaders } from './support/signing.js';

const keys = { ed25519: ed.pem };
const onEvent = vi.fn();
const onError = vi.fn();
let server: Server;
let url: string;

beforeAll(async () => {
  const handle = createNodeWebhookHandler({
    keys,
    now: NOW,
    replayStore: createMemoryReplayStore(),
    maxBodyBytes: 4096,
    onEvent,
    onError,
  });
  server = createServer((request, response) => {
    if (request.url === '/read-first') {
      // A body parser that ran first: the stream is consumed.
      request.resume();
      request.on('end', () => void handle(request, response));
      return;
    }
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createNodeWebhookHandler on a real server', () => {
  it('accepts a signed delivery, then refuses its replay without processing it', async () => {
    onEvent.mockClear();
    const body = deliveryBody();
    expect(await post(`${url}/hook`, body, signedHeaders(body))).toMatchObject({
      status: 200,
      body: { received: true },
    });
    expect(await post(`${url}/hook`, body, signedHeaders(body))).toMatchObject({
      status: 200,
      body: { duplicate: true },
    });
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent.mock.calls[0]?.[0]).toEqual(JSON.parse(body));
  });

  it('answers 400, not "duplicate", to a signed delivery without a usable webhookId: the sender must not drop it', async () => {
    onEvent.mockClear();
    for (const webhookId of [undefined, 12345]) {
      const body = deliveryBody({ webhookId });
      expect(await post(`${url}/hook`, body, signedHeaders(body))).toMatchObject({
        status: 400,
        body: { error: 'no-webhook-id' },
      });
    }
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('answers 400 to a tampered or unsigned delivery', async () => {
    const body = deliveryBody();
    const tampered = await post(`${url}/hook`, body.replace('pending', 'paid!!!'), signedHeaders(body));
    expect(tampered).toMatchObject({ status: 400, body: { error: 'bad-signature' } });
    expect(await post(`${url}/hook`, body)).toMatchObject({ status: 400, body: { error: 'no-signature' } });
  });

  it('answers 413 and closes the connection for a body over the cap, declared or chunked', async () => {
    const body = deliveryBody({ pad: 'x'.repeat(64 * 1024) });
    const declared = await post(`${url}/hook`, body, signedHeaders(body));
    expect(declared).toMatchObject({ status: 413, body: { error: 'too-large' } });
    expect(declared.headers.connection).toBe('close');
    const chunked = await post(`${url}/hook`, body, { ...signedHeaders(body), 'transfer-encoding': 'chunked' });
    expect(chunked).toMatchObject({ status: 413, body: { error: 'too-large' } });
  });

  it('answers 500 and reports a misconfiguration when the body was read before it', async () => {
    onError.mockClear();
    const body = deliveryBody();
    expect(await post(`${url}/read-first`, body, signedHeaders(body))).toMatchObject({ status: 500 });
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(WebhookConfigurationError);
  });
});

describe('constructEventFromNodeRequest', () => {
  it('returns the event of a request it reads itself', async () => {
    const seen: unknown[] = [];
    const local = createServer(async (request: IncomingMessage, response) => {
      seen.push(await constructEventFromNodeRequest(request, { keys, now: NOW, replayStore: false }));
      response.end();
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    try {
      const body = deliveryBody();
      await post(`http://127.0.0.1:${(local.address() as AddressInfo).port}/`, body, signedHeaders(body));
      expect(seen).toEqual([JSON.parse(body)]);
    } finally {
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });
});
