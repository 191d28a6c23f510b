// The Express adapter (4 and 5): a route handler that reads the raw body
// itself, or takes it from express.raw(), express.text() or a `verify` hook
// that kept `req.rawBody`. If a JSON parser already consumed the body and
// nothing kept the bytes, it fails with a message naming the fix: verifying
// `JSON.stringify(req.body)` instead would check something that was never sent.
// No runtime import of Express; its types come from @types/express.

import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { WebhookConfigurationError } from './errors.js';
import { answer } from './internal/answer-node.js';
import { DEFAULT_MAX_BODY_BYTES, PARSED_BODY_FIX, type RawBody } from './internal/body.js';
import { ACCEPTED_BODY, handleDelivery, type WebhookHandlerOptions } from './internal/handle.js';
import { isBytes } from './internal/is-bytes.js';
import { readNodeBody } from './internal/read-node.js';

export type { WebhookHandlerOptions } from './internal/handle.js';

/** What this adapter needs of Express's request: node's, plus what body parsers leave on it. */
export interface ExpressRequestLike extends IncomingMessage {
  body?: unknown;
  /** The raw bytes, when a `verify` hook of express.json() kept them there. */
  rawBody?: unknown;
}

/** The raw body of an Express request, from wherever it still is. */
export function expressRawBody(request: ExpressRequestLike, maxBodyBytes: number): Promise<RawBody> {
  if (isBytes(request.rawBody) || typeof request.rawBody === 'string') return Promise.resolve(request.rawBody);
  // express.raw() leaves a Buffer, express.text() a string: both are the body as received.
  if (isBytes(request.body) || typeof request.body === 'string') return Promise.resolve(request.body);
  const consumed = request.readableEnded || request.readableDidRead || (request as { _body?: unknown })._body === true;
  if (!consumed) return readNodeBody(request, maxBodyBytes);
  return Promise.reject(
    new WebhookConfigurationError(
      `The body was already parsed (req.body is ${request.body === null ? 'null' : typeof request.body}) by a ` +
        `body parser that ran before the webhook handler, and no raw body was kept. ${PARSED_BODY_FIX}`,
      { option: 'body' },
    ),
  );
}

/**
 * A complete Express route handler for order webhooks:
 * `app.post('/webhooks/highlevel', expressWebhook({ keys, onEvent }))`.
 * Verifies each delivery, calls `onEvent(event, req, res)`, and answers 200
 * `{"received":true}` (unless `onEvent` answered), 400/413 with the reason when
 * verification fails, 200 `{"duplicate":true}` for a replay. An `onEvent` that
 * throws, and a misconfigured receiver, go to `next(error)` (Express answers 500).
 */
export function expressWebhook(
  options: WebhookHandlerOptions<[req: Request, res: Response]>,
): (req: Request, res: Response, next: NextFunction) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res, next) => {
    handleDelivery(() => expressRawBody(req, maxBodyBytes), req.headers, options, [req, res]).then(
      (outcome) => {
        if (outcome.refused) {
          answer(res, outcome.refused.status, outcome.refused.body, outcome.refused.status === 413);
        } else {
          answer(res, 200, ACCEPTED_BODY);
        }
      },
      (error: unknown) => next(error),
    );
  };
}
