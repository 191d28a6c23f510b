// The Fastify plugin end to end on 127.0.0.1: its route keeps the raw body
// while the rest of the app parses JSON as usual; a route of the app's own
// that parsed the body fails with the fix named.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { constructEventFromFastify, fastifyWebhook } from '../src/fastify.js';
import { createMemoryReplayStore, type WebhookEvent } from '../src/index.js';
import { post } from './support/post.js';
import { deliveryBody, ed, NOW, signedHeaders } from './support/signing.js';

const app = Fastify();
const events: WebhookEvent[] = [];
const onError = vi.fn();
const onEvent = vi.fn((event: WebhookEvent) => {
  if (event.type === 'OrderStatusUpdate') throw new Error('secret database detail');
  events.push(event);
});
let url: string;

beforeAll(async () => {
  await app.register(fastifyWebhook, {
    path: '/webhooks/highlevel',
    keys: { ed25519: ed.pem },
    now: NOW,
    replayStore: createMemoryReplayStore(),
    maxBodyBytes: 4096,
    onEvent,
    onError,
  });
  app.post('/echo', async (request) => request.body);
  app.post('/own-route', async (request) => {
    await constructEventFromFastify(request, { keys: { ed25519: ed.pem }, now: NOW });
    return { ok: true };
  });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(() => app.close());

describe('fastifyWebhook', () => {
  it('verifies the raw body of its route, while other routes still parse JSON', async () => {
    const body = deliveryBody();
    expect(await post(`${url}/webhooks/highlevel`, body, signedHeaders(body))).toMatchObject({
      status: 200,
      body: { received: true },
    });
    expect(events).toEqual([JSON.parse(body)]);
    expect(await post(`${url}/echo`, '{"a": 1}')).toMatchObject({ status: 200, body: { a: 1 } });
  });

  it('answers 400 to a re-serialised body, 200 without processing to a replay', async () => {
    const body = deliveryBody();
    const spaced = JSON.stringify(JSON.parse(body), null, 1);
    expect(await post(`${url}/webhooks/highlevel`, spaced, signedHeaders(body))).toMatchObject({
      status: 400,
      body: { error: 'bad-signature' },
    });
    await post(`${url}/webhooks/highlevel`, body, signedHeaders(body));
    expect(await post(`${url}/webhooks/highlevel`, body, signedHeaders(body))).toMatchObject({
      status: 200,
      body: { duplicate: true },
    });
  });

  it('answers 413 with the reason to a body over the cap', async () => {
    const body = deliveryBody({ pad: 'x'.repeat(8192) });
    expect(await post(`${url}/webhooks/highlevel`, body, signedHeaders(body))).toMatchObject({
      status: 413,
      body: { error: 'too-large' },
    });
  });

  it('answers 500 without details when onEvent throws', async () => {
    const body = deliveryBody({ type: 'OrderStatusUpdate' });
    const answer = await post(`${url}/webhooks/highlevel`, body, signedHeaders(body));
    expect(answer).toMatchObject({ status: 500, body: { error: 'internal' } });
    expect(JSON.stringify(answer.body)).not.toContain('secret');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'secret database detail' }),
      expect.anything(),
      expect.anything(),
    );
  });
});

describe('constructEventFromFastify', () => {
  it('fails on a route whose body was parsed as JSON, naming the fix', async () => {
    const body = deliveryBody();
    const answer = await post(`${url}/own-route`, body, signedHeaders(body));
    expect(answer.status).toBe(500);
    expect((answer.body as { message: string }).message).toMatch(
      /parsed \(request\.body is object\).*fastifyWebhook plugin.*parseAs: 'buffer'/,
    );
  });
});
