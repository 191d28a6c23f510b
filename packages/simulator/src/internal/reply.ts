// Sending answers: JSON with the counters kept, and the injected failures
// that replace a 200 (a status, an HTML proxy page, a reset, a truncated body).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure } from '../faults.js';
import type { SimulatorContext } from './context.js';
import { BAD_GATEWAY_HTML, errorBody } from './error-bodies.js';
import { resetConnection, sendTruncated } from './raw-socket.js';

export type Headers = Readonly<Record<string, string>>;

const JSON_TYPE = 'application/json; charset=utf-8';

/** The bytes of a JSON body: a Buffer is sent as it is (a page is assembled from cached bytes). */
export function jsonBytes(body: unknown): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body), 'utf8');
}

export function sendJson(
  ctx: SimulatorContext,
  reply: FastifyReply,
  status: number,
  body: unknown,
  headers: Headers = {},
): FastifyReply {
  ctx.stats.answered(status);
  return reply.code(status).headers(headers).type(JSON_TYPE).send(jsonBytes(body));
}

/**
 * Serves `failure` in place of a 200 whose body `body()` makes; `body` is
 * called only when the failure needs it (a truncated answer).
 */
export function serveFailure(
  ctx: SimulatorContext,
  request: FastifyRequest,
  reply: FastifyReply,
  failure: Failure,
  rateHeaders: Headers,
  body: () => Buffer,
): FastifyReply {
  switch (failure.kind) {
    case 'status': {
      const status = failure.status ?? 503;
      const headers: Record<string, string> = { ...rateHeaders };
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
      return sendJson(ctx, reply, status, errorBody(status), headers);
    }
    case 'html':
      // A proxy's page: none of the API's headers, not JSON.
      ctx.stats.answered(502);
      return reply.code(502).type('text/html; charset=utf-8').send(BAD_GATEWAY_HTML);
    case 'reset':
      reply.hijack();
      resetConnection(request.raw.socket);
      return reply;
    case 'truncate':
      reply.hijack();
      ctx.stats.answered(200);
      sendTruncated(request.raw.socket, rateHeaders, body());
      return reply;
  }
}
