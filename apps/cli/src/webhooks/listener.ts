// The HTTP server of `webhooks listen`: reads each delivery's raw bytes (at
// most maxBodyBytes), verifies them with @hl-orders/webhooks, and hands a
// verified one to `onVerified`, whose answer is the sender's. Everything a
// stranger can make it spend is bounded: the body, the headers, the time a
// request may take, idle keep-alive, the number of connections. The replay
// store is the listener's own: a webhookId seen before is answered 200
// (the sender only needs to stop) and never handed over twice, unless the
// handling of its first copy failed, so that the sender's retry counts.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMemoryReplayStore,
  type VerifiedWebhook,
  verifyWebhook,
  type WebhookKeys,
  WebhookVerificationError,
} from '@hl-orders/webhooks';
import { readRawBody } from '@hl-orders/webhooks/node';

/** A request may take this long, headers and body, before it is cut off (slow senders and drips). */
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 15_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const MAX_HEADER_BYTES = 16 * 1024;
/** Open connections at once; more are refused by the server until some close. */
export const MAX_CONNECTIONS = 64;

/** One verified delivery: what was verified, and the bytes and headers it came with. */
export interface Delivery {
  verified: VerifiedWebhook;
  body: Uint8Array<ArrayBuffer>;
  headers: IncomingHttpHeaders;
}

/** What to answer the sender; `ok: false` forgets the webhookId so that a retry is handled again. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
  ok: boolean;
}

/** A delivery that was not handed over: why, and what it was answered. */
export interface Rejection {
  /** The verifier's reason, or `method` (not a POST) or `error` (the listener failed). */
  reason: string;
  status: number;
  message: string;
}

export interface ListenerOptions {
  host: string;
  port: number;
  keys: WebhookKeys;
  /** The timestamp window, in milliseconds. Default: the verifier's (5 minutes). */
  tolerance?: number;
  maxBodyBytes: number;
  onVerified(delivery: Delivery): Promise<Answer>;
  onRejected(rejection: Rejection): void;
}

export interface Listener {
  /** `http://host:port`, with the port actually bound (for --port 0). */
  url: string;
  port: number;
  /** Stops accepting, and ends every connection (in-flight deliveries are cut). */
  close(): Promise<void>;
}

/** Signatures that fail are the sender's credentials failing: 401; anything else wrong with the delivery is 400. */
export function statusFor(reason: WebhookVerificationError['reason']): number {
  switch (reason) {
    case 'no-signature':
    case 'bad-signature':
      return 401;
    case 'too-large':
      return 413;
    case 'replayed':
      return 200;
    default:
      return 400;
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent || response.writableEnded) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

export async function startListener(options: ListenerOptions): Promise<Listener> {
  const store = createMemoryReplayStore();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') {
      options.onRejected({
        reason: 'method',
        status: 405,
        message: `${request.method ?? '?'} request: only POST deliveries are received here`,
      });
      send(response, 405, { error: 'method', message: 'Webhook deliveries are POST requests.' }, { allow: 'POST' });
      return;
    }
    let delivery: Delivery;
    try {
      const body = await readRawBody(request, options.maxBodyBytes);
      const verified = await verifyWebhook({
        body,
        headers: request.headers,
        keys: options.keys,
        tolerance: options.tolerance,
        replayStore: store,
        maxBodyBytes: options.maxBodyBytes,
      });
      delivery = { verified, body, headers: request.headers };
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      const status = statusFor(error.reason);
      options.onRejected({ reason: error.reason, status, message: error.message });
      const answer =
        error.reason === 'replayed'
          ? { received: true, duplicate: true }
          : { error: error.reason, message: error.message };
      // A body left unread is not drained: the connection is closed instead.
      send(response, status, answer, error.reason === 'too-large' ? { connection: 'close' } : {});
      return;
    }
    const answer = await options.onVerified(delivery);
    if (!answer.ok && delivery.verified.webhookId !== undefined) store.forget(delivery.verified.webhookId);
    send(response, answer.status, answer.body);
  }

  const server = createServer(
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: HEADERS_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      maxHeaderSize: MAX_HEADER_BYTES,
      // Node checks the two timeouts above every 30 s by default, which let a
      // slow sender hold a connection about twice as long as they say.
      connectionsCheckingInterval: 1000,
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        options.onRejected({
          reason: 'error',
          status: 500,
          message: `the delivery could not be handled: ${error instanceof Error ? error.message : String(error)}`,
        });
        send(response, 500, { error: 'internal', message: 'The delivery could not be handled.' });
      });
    },
  );
  server.maxConnections = MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
