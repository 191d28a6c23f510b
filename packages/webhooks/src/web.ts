// The Web `Request` adapter: Hono, Next.js route handlers, Cloudflare Workers,
// Deno, Bun, and anything else that hands you a Fetch API `Request`. Web
// Crypto and Fetch only, like the core.
import { WebhookConfigurationError } from './errors.js';
import { toEvent, type WebhookEvent } from './events.js';
import { DEFAULT_MAX_BODY_BYTES } from './internal/body.js';
import { ACCEPTED_BODY, handleDelivery, type WebhookHandlerOptions } from './internal/handle.js';
import { checkDeclaredLength, readWebStream } from './internal/read-stream.js';
import type { VerificationOptions } from './options.js';
import { verifyWebhook } from './verify.js';

export type { WebhookHandlerOptions } from './internal/handle.js';

/** The raw body of a `Request`, at most `maxBodyBytes` of it. */
export async function readRequestBody(
  request: Request,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  if (request.bodyUsed) {
    throw new WebhookConfigurationError(
      'The request body was already read (request.json(), request.text() or a framework body parser), so the ' +
        'bytes that were signed are gone. Verify first: pass the Request to constructEventFromRequest before ' +
        'anything reads it, or pass the text you read to verifyWebhook as body.',
      { option: 'body' },
    );
  }
  checkDeclaredLength(request.headers.get('content-length'), maxBodyBytes);
  if (!request.body) return new Uint8Array(await request.arrayBuffer());
  return readWebStream(request.body, maxBodyBytes);
}

/** Verifies a delivery received as a Web `Request` and returns its event (see `constructEvent`). */
export async function constructEventFromRequest(
  request: Request,
  options: VerificationOptions = {},
): Promise<WebhookEvent> {
  const body = await readRequestBody(request, options.maxBodyBytes);
  const { payload } = await verifyWebhook({ ...options, body, headers: request.headers });
  return toEvent(payload);
}

/**
 * A complete webhook endpoint: `(request) => Promise<Response>`. Verifies each
 * delivery, calls `onEvent(event, request)`, and answers 200 `{"received":true}`
 * (or the `Response` that `onEvent` returns), 400/413 with the reason when
 * verification fails, 200 `{"duplicate":true}` for a replay, and 500 when
 * `onEvent` throws or the receiver is misconfigured (the error is rethrown to
 * `onError` if given, else logged with `console.error`).
 */
export function createWebhookHandler(
  options: WebhookHandlerOptions<[request: Request]> & { onError?: (error: unknown, request: Request) => void },
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const outcome = await handleDelivery(
        () => readRequestBody(request, options.maxBodyBytes),
        request.headers,
        options,
        [request],
      );
      if (outcome.refused) return Response.json(outcome.refused.body, { status: outcome.refused.status });
      if (outcome.result instanceof Response) return outcome.result;
      return Response.json(ACCEPTED_BODY);
    } catch (error) {
      if (options.onError) options.onError(error, request);
      else console.error(error);
      return Response.json({ error: 'internal', message: 'The webhook could not be processed.' }, { status: 500 });
    }
  };
}
