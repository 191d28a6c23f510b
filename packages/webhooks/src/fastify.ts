// The Fastify adapter (5): a plugin that registers the webhook route in a scope
// of its own, where every body is kept as the raw Buffer (the app's JSON
// parser does not apply to it). For a route of your own, constructEventFromFastify
// takes the raw body from request.body (a Buffer or string) or request.rawBody,
// and fails with a message naming the fix when the body was parsed as JSON.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { WebhookConfigurationError, WebhookVerificationError } from './errors.js';
import { toEvent, type WebhookEvent } from './events.js';
import { DEFAULT_MAX_BODY_BYTES, type RawBody } from './internal/body.js';
import { ACCEPTED_BODY, handleDelivery, refusal, type WebhookHandlerOptions } from './internal/handle.js';
import { isBytes } from './internal/is-bytes.js';
import type { VerificationOptions } from './options.js';
import { verifyWebhook } from './verify.js';

export type { WebhookHandlerOptions } from './internal/handle.js';

const FASTIFY_FIX =
  'Register the route with the fastifyWebhook plugin, or keep the body raw in its scope: ' +
  "app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body)). " +
  'Never JSON.stringify a parsed body: the result differs from what was signed.';

/** The raw body of a Fastify request: a Buffer or string body, or `request.rawBody`. */
export function fastifyRawBody(request: FastifyRequest): RawBody {
  const { rawBody } = request as { rawBody?: unknown };
  if (isBytes(rawBody) || typeof rawBody === 'string') return rawBody;
  const { body } = request;
  if (isBytes(body) || typeof body === 'string') return body;
  if (body === undefined || body === null) return new Uint8Array(0);
  throw new WebhookConfigurationError(
    `The body was parsed (request.body is ${typeof body}) and no raw body was kept. ${FASTIFY_FIX}`,
    { option: 'body' },
  );
}

/** Verifies a delivery received by a Fastify route whose body is kept raw, and returns its event. */
export async function constructEventFromFastify(
  request: FastifyRequest,
  options: VerificationOptions = {},
): Promise<WebhookEvent> {
  const { payload } = await verifyWebhook({ ...options, body: fastifyRawBody(request), headers: request.headers });
  return toEvent(payload);
}

/** Options of {@link fastifyWebhook}: the route, how to verify, and what to do with each event. */
export interface FastifyWebhookOptions extends WebhookHandlerOptions<[request: FastifyRequest, reply: FastifyReply]> {
  /** The path of the webhook route, e.g. `/webhooks/highlevel`. */
  path: string;
  /** Called when `onEvent` throws or the receiver is misconfigured, before the 500. Default: `request.log.error`. */
  onError?: (error: unknown, request: FastifyRequest, reply: FastifyReply) => void;
}

/**
 * Registers `POST path` in a scope of its own: `app.register(fastifyWebhook,
 * { path, keys, onEvent })`. Verifies each delivery, calls
 * `onEvent(event, request, reply)`, and answers 200 `{"received":true}` (unless
 * `onEvent` replied), 400/413 with the reason when verification fails, 200
 * `{"duplicate":true}` for a replay, and 500 (without details) when `onEvent`
 * throws or the receiver is misconfigured.
 */
export const fastifyWebhook: FastifyPluginAsync<FastifyWebhookOptions> = async (app, options) => {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // This plugin's scope only (it is not wrapped in fastify-plugin): every body
  // of the webhook route stays a Buffer, whatever parsers the app has.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBodyBytes }, (_request, body, done) => {
    done(null, body);
  });
  app.setErrorHandler((error: { code?: string }, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const tooLarge = new WebhookVerificationError(
        'too-large',
        `The body is over the ${maxBodyBytes}-byte cap (maxBodyBytes); it was not verified.`,
      );
      options.onRejected?.(tooLarge, request, reply);
      const { status, body } = refusal(tooLarge);
      return reply.code(status).header('connection', 'close').send(body);
    }
    if (options.onError) options.onError(error, request, reply);
    else request.log.error(error);
    return reply.code(500).send({ error: 'internal', message: 'The webhook could not be processed.' });
  });
  app.post(options.path, { bodyLimit: maxBodyBytes }, async (request, reply) => {
    const outcome = await handleDelivery(async () => fastifyRawBody(request), request.headers, options, [
      request,
      reply,
    ]);
    if (outcome.refused) return reply.code(outcome.refused.status).send(outcome.refused.body);
    if (reply.sent) return reply;
    return reply.send(ACCEPTED_BODY);
  });
};
