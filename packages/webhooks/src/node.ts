// The node:http adapter: http.createServer, and any framework that hands you
// node's IncomingMessage unread (Koa's ctx.req, Nest on Express, ...). Only
// types come from node:http; the body is read from the request stream.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { WebhookConfigurationError } from './errors.js';
import { toEvent, type WebhookEvent } from './events.js';
import { answer } from './internal/answer-node.js';
import { DEFAULT_MAX_BODY_BYTES } from './internal/body.js';
import { ACCEPTED_BODY, handleDelivery, type WebhookHandlerOptions } from './internal/handle.js';
import { readNodeBody } from './internal/read-node.js';
import type { VerificationOptions } from './options.js';
import { verifyWebhook } from './verify.js';

export type { WebhookHandlerOptions } from './internal/handle.js';

/** The raw body of a node:http request, at most `maxBodyBytes` (default 1 MiB); rejects with `too-large` beyond. */
export function readRawBody(
  request: IncomingMessage,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  if (request.readableEnded || request.readableDidRead) {
    return Promise.reject(
      new WebhookConfigurationError(
        'The request body was already read from the stream (by a body parser?), so the bytes that were signed ' +
          'are gone. Read it with this adapter first, or keep the raw bytes and pass them to verifyWebhook.',
        { option: 'body' },
      ),
    );
  }
  return readNodeBody(request, maxBodyBytes);
}

/** Verifies a delivery received by node:http and returns its event (see `constructEvent`). */
export async function constructEventFromNodeRequest(
  request: IncomingMessage,
  options: VerificationOptions = {},
): Promise<WebhookEvent> {
  const body = await readRawBody(request, options.maxBodyBytes);
  const { payload } = await verifyWebhook({ ...options, body, headers: request.headers });
  return toEvent(payload);
}

/**
 * A complete webhook endpoint for `http.createServer`: verifies each delivery,
 * calls `onEvent(event, request, response)`, and answers 200
 * `{"received":true}` (unless `onEvent` answered), 400/413 with the reason when
 * verification fails (413 closes the connection), 200 `{"duplicate":true}` for
 * a replay, and 500 when `onEvent` throws or the receiver is misconfigured
 * (passed to `onError` if given, else logged with `console.error`).
 */
export function createNodeWebhookHandler(
  options: WebhookHandlerOptions<[request: IncomingMessage, response: ServerResponse]> & {
    onError?: (error: unknown, request: IncomingMessage, response: ServerResponse) => void;
  },
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    try {
      const outcome = await handleDelivery(() => readRawBody(request, options.maxBodyBytes), request.headers, options, [
        request,
        response,
      ]);
      if (outcome.refused) {
        answer(response, outcome.refused.status, outcome.refused.body, outcome.refused.status === 413);
      } else {
        answer(response, 200, ACCEPTED_BODY);
      }
    } catch (error) {
      if (options.onError) options.onError(error, request, response);
      else console.error(error);
      answer(response, 500, { error: 'internal', message: 'The webhook could not be processed.' });
    }
  };
}
