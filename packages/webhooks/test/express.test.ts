// The Express adapter end to end on 127.0.0.1: with no body parser, with the
// raw, text and verify-hook parsers that keep the bytes, and behind a JSON
// parser that does not, where it must fail and name the fix (the raw-body trap).
import { createServer } from 'node:http';
import express, { type ErrorRequestHandler } from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import { expressWebhook } from '../src/express.js';
import { createMemoryReplayStore, type WebhookEvent } from '../src/index.js';
import { listen } from './support/listen.js';
import { post } from './support/post.js';
import { deliveryBody, ed, NOW, signedHeaders } from './support/signing.js';

const events: WebhookEvent[] = [];
const errors: unknown[] = [];
let url: string;

const hook = () =>
  expressWebhook({
    keys: { ed25519: ed.pem },
    now: NOW,
    replayStore: createMemoryReplayStore(),
    maxBodyBytes: 4096,
    onEvent: (event, req, res) => {
      if (req.url?.includes('answer-yourself')) res.status(202).json({ queued: true });
      events.push(event);
    },
  });

beforeAll(async () => {
  const app = express();
  app.post('/plain', hook());
  app.post('/answer-yourself', hook());
  app.post('/raw', express.raw({ type: 'application/json' }), hook());
  app.post('/text', express.text({ type: '*/*' }), hook());
  app.post(
    '/kept',
    express.json({
      verify: (req, _res, buf) => {
        (req as { rawBody?: Buffer }).rawBody = buf;
      },
    }),
    hook(),
  );
  app.post(
    '/failing',
    expressWebhook({
      keys: { ed25519: ed.pem },
      now: NOW,
      replayStore: false,
      onEvent: () => {
        throw new Error('queue down');
      },
    }),
  );
  app.use(express.json());
  app.post('/after-json', hook());
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    errors.push(error);
    res.status(500).json({ error: 'internal' });
  };
  app.use(onError);
  url = await listen(createServer(app));
});

describe('expressWebhook', () => {
  it.each(['/plain', '/raw', '/text', '/kept'])('verifies the raw body on %s', async (route) => {
    events.length = 0;
    const body = deliveryBody();
    expect(await post(url + route, body, signedHeaders(body))).toMatchObject({ status: 200, body: { received: true } });
    expect(events).toEqual([JSON.parse(body)]);
    const tampered = deliveryBody();
    const reply = await post(url + route, tampered.replace('"pending"', '"paid"'), signedHeaders(tampered));
    expect(reply).toMatchObject({ status: 400, body: { error: 'bad-signature' } });
  });

  it('fails behind express.json() without a raw body, naming the fix, and never verifies a re-serialisation', async () => {
    events.length = 0;
    errors.length = 0;
    const body = deliveryBody();
    // Re-serialising this parsed body would give the same bytes; it must still not be verified.
    expect(JSON.stringify(JSON.parse(body))).toBe(body);
    expect(await post(`${url}/after-json`, body, signedHeaders(body))).toMatchObject({ status: 500 });
    expect(events).toEqual([]);
    expect(String((errors[0] as Error).message)).toMatch(
      /already parsed \(req\.body is object\).*mount the webhook route before any JSON body parser.*express\.raw/,
    );
  });

  it('lets onEvent answer itself', async () => {
    const body = deliveryBody();
    expect(await post(`${url}/answer-yourself`, body, signedHeaders(body))).toMatchObject({
      status: 202,
      body: { queued: true },
    });
  });

  it('answers 413 to a body over the cap', async () => {
    const body = deliveryBody({ pad: 'x'.repeat(8192) });
    expect(await post(`${url}/plain`, body, signedHeaders(body))).toMatchObject({
      status: 413,
      body: { error: 'too-large' },
    });
  });

  it('passes an error of onEvent to next()', async () => {
    errors.length = 0;
    const body = deliveryBody();
    expect(await post(`${url}/failing`, body, signedHeaders(body))).toMatchObject({ status: 500 });
    expect(errors).toEqual([expect.objectContaining({ message: 'queue down' })]);
  });
});
