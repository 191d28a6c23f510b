// The HTTP side of the simulator, on fastify: one route, `GET /payments/orders`,
// answering in the order the real API checks things:
//   1. Authorization (401)   2. Version header (400)   3. injected latency
//   4. rate limits (429; X-RateLimit-* headers from here on)
//   5. query validation (422)   6. location access (403)
//   7. an injected failure, if one is queued   8. the page (200)
// Anything else is a NestJS-style 404. Failures only replace answers that would
// have been pages, so a queued fault is never spent on a request that was
// going to fail anyway.
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Failure, Faults } from '../faults.js';
import type { ResolvedOptions } from '../options.js';
import type { StatsCounter } from '../stats.js';
import { bearerToken, tokenAccepted, versionAccepted } from './auth.js';
import type { ListOrdersContract } from './contract.js';
import { BAD_GATEWAY_HTML, badVersionBody, errorBody, unauthorizedBody, unprocessableBody } from './error-bodies.js';
import type { OrderStore } from './order-store.js';
import { parseListQuery } from './query.js';
import { type RateDecision, type RateLimiter, UNLIMITED_HEADERS } from './rate-limiter.js';
import { resetConnection, sendTruncated } from './raw-socket.js';

/** Everything a request handler reads or changes. */
export interface SimulatorContext {
  readonly options: ResolvedOptions;
  readonly contract: ListOrdersContract;
  readonly store: OrderStore;
  readonly faults: Faults;
  readonly stats: StatsCounter;
  /** Undefined when rate limiting is off. */
  readonly limiter: RateLimiter | undefined;
  /** Aborted by stop(), to cut injected delays short. */
  readonly stopping: AbortSignal;
  /** Inserts `count` new orders (used by `insertEvery`). */
  insert(count: number): void;
}

const JSON_TYPE = 'application/json; charset=utf-8';
type Headers = Readonly<Record<string, string>>;
type RawQuery = Record<string, string | string[] | undefined>;

function sendJson(ctx: SimulatorContext, reply: FastifyReply, status: number, body: unknown, headers: Headers = {}) {
  ctx.stats.answered(status);
  return reply
    .code(status)
    .headers(headers)
    .type(JSON_TYPE)
    .send(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Builds the fastify app (not listening yet). */
export function createApp(ctx: SimulatorContext): FastifyInstance {
  // forceCloseConnections: stop() must not wait for idle keep-alive sockets.
  const app = Fastify({ logger: false, forceCloseConnections: true });

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.stats.requests++;
    done();
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    return sendJson(ctx, reply, 404, errorBody(404, `Cannot ${request.method} ${path}`));
  });

  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    return sendJson(ctx, reply, status, errorBody(status));
  });

  app.get('/payments/orders', (request, reply) => listOrders(ctx, request, reply));
  return app;
}

async function listOrders(ctx: SimulatorContext, request: FastifyRequest, reply: FastifyReply) {
  const { options, contract, store, faults, stats, limiter } = ctx;

  const token = bearerToken(single(request.headers.authorization));
  if (!tokenAccepted(token, options.token)) return sendJson(ctx, reply, 401, unauthorizedBody());
  const version = single(request.headers.version);
  if (!versionAccepted(version, contract.versions)) {
    return sendJson(ctx, reply, 400, badVersionBody(version, contract.versions));
  }

  const delayMs = faults.takeLatency();
  if (delayMs > 0) {
    stats.delayed++;
    try {
      await sleep(delayMs, undefined, { signal: ctx.stopping });
    } catch {
      // Stopping: the socket is being destroyed, there is no one to answer.
      return reply.hijack();
    }
  }

  const query = request.query as RawQuery;
  const altId = typeof query.altId === 'string' ? query.altId : '';
  const rate: RateDecision = limiter
    ? limiter.take(token, altId, options.clock())
    : { allowed: true, headers: UNLIMITED_HEADERS };
  if (!rate.allowed) {
    const message =
      rate.limit === 'daily'
        ? 'Too Many Requests: the daily request limit is spent; retry after midnight UTC'
        : 'Too Many Requests';
    return sendJson(ctx, reply, 429, errorBody(429, message), rate.headers);
  }

  const parsed = parseListQuery(query, contract);
  if (!parsed.ok) return sendJson(ctx, reply, 422, unprocessableBody(parsed.problems), rate.headers);
  const { request: list } = parsed;
  if (list.altId !== options.locationId || (list.locationId !== undefined && list.locationId !== options.locationId)) {
    return sendJson(ctx, reply, 403, errorBody(403, 'The token does not have access to this location.'), rate.headers);
  }

  const failure = faults.takeFailure();
  if (failure) {
    stats.faultsInjected++;
    return serveFailure(ctx, request, reply, failure, rate.headers, () =>
      store.page(list.filters, list.limit, list.offset),
    );
  }

  const page = store.page(list.filters, list.limit, list.offset);
  sendJson(ctx, reply, 200, page.body, rate.headers);
  // After the answer is built: the page just served is unaffected, the next one shifts.
  const insertNow = faults.pageServed();
  if (insertNow > 0) ctx.insert(insertNow);
  return reply;
}

function serveFailure(
  ctx: SimulatorContext,
  request: FastifyRequest,
  reply: FastifyReply,
  failure: Failure,
  rateHeaders: Headers,
  page: () => { body: Buffer },
) {
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
      sendTruncated(request.raw.socket, rateHeaders, page().body);
      return reply;
  }
}
