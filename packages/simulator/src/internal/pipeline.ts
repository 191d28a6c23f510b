// The checks every operation runs, in the order the real API runs them:
//   1. Authorization: a token accepted (401), holding the operation's scopes
//      (401, the vendor's "not authorized for this scope")
//   2. Version header (400)   3. injected latency
//   4. rate limits (429; X-RateLimit-* headers from here on)
//   5. path, query and body against the spec's rules, plus the operation's
//      own checks (422, one message per problem)   6. location access (403)
//   7. the operation itself (404 for an unknown order, 422 for a change the
//      order's state refuses, or the 200)
//   8. an injected failure in place of the 200, if one is queued
// Failures only replace answers that would have been 200s, so a queued fault
// is never spent on a request that was going to fail anyway.
import { setTimeout as sleep } from 'node:timers/promises';
import type { OperationFacts } from '@hl-orders/types';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ALL_SCOPES, API_VERSIONS, type OperationId } from '../operations.js';
import { bearerToken, hasScopes, tokenScopes, versionAccepted } from './auth.js';
import { bodyProblems } from './body-rules.js';
import type { SimulatorContext } from './context.js';
import { badVersionBody, errorBody, missingScopeBody, unauthorizedBody, unprocessableBody } from './error-bodies.js';
import { checkParams, type RawParam } from './params.js';
import { type RateDecision, UNLIMITED_HEADERS } from './rate-limiter.js';
import { jsonBytes, sendJson, serveFailure } from './reply.js';

type Values = Readonly<Record<string, string | number | undefined>>;

/** A request that passed the header checks, with its parameters checked against the spec. */
export interface CheckedRequest {
  readonly token: string;
  /** The location the request names (`altId` of the query, or of the body for a write). */
  readonly altId: string;
  readonly path: Values;
  readonly query: Values;
  /** The JSON body (an empty object for a read). */
  readonly body: Readonly<Record<string, unknown>>;
}

/** An error answer. */
export interface ErrorOutcome {
  readonly status: number;
  readonly body: unknown;
}

/** A 200 about to be sent. */
export interface SuccessOutcome {
  readonly status: 200;
  /** Makes the change (for a write) and returns the body; called at most once. */
  respond(): unknown;
  /** Called after the 200 was sent. */
  afterSend?(): void;
}

export type Outcome = ErrorOutcome | SuccessOutcome;

/**
 * One operation: given a checked request, adds the problems of its own checks
 * (step 5) and returns what to do once the location is known to be allowed.
 */
export type Handler = (ctx: SimulatorContext, request: CheckedRequest, problems: string[]) => () => Outcome;

type FactsOf = OperationFacts & { readonly id: OperationId };

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Answers one request of the operation `facts` with `handler`. */
export async function serve(
  ctx: SimulatorContext,
  facts: FactsOf,
  handler: Handler,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { options, faults, stats, limiter } = ctx;

  const token = bearerToken(single(request.headers.authorization));
  const scopes = tokenScopes(token, options.tokens, ALL_SCOPES);
  if (token === undefined || scopes === undefined) return sendJson(ctx, reply, 401, unauthorizedBody());
  if (!hasScopes(scopes, facts.scopes)) return sendJson(ctx, reply, 401, missingScopeBody());
  const version = single(request.headers.version);
  if (!versionAccepted(version, API_VERSIONS)) return sendJson(ctx, reply, 400, badVersionBody(version, API_VERSIONS));

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

  const rawQuery = request.query as Record<string, RawParam>;
  // A body that is not JSON (another content type) reads as no field at all,
  // as the API's body parser leaves it; the 422 then names what is missing.
  const body = facts.body && isObject(request.body) ? request.body : {};
  const named = facts.body ? body.altId : rawQuery.altId;
  const altId = typeof named === 'string' ? named : '';
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

  const problems: string[] = [];
  const path = checkParams(facts.pathParams, request.params as Record<string, RawParam>, problems);
  const query = checkParams(facts.query, rawQuery, problems);
  if (facts.body) problems.push(...bodyProblems(facts.body, body));
  const next = handler(ctx, { token, altId, path, query, body }, problems);
  if (problems.length > 0) return sendJson(ctx, reply, 422, unprocessableBody(problems), rate.headers);
  const { locationId } = query;
  if (altId !== options.locationId || (locationId !== undefined && locationId !== options.locationId)) {
    return sendJson(ctx, reply, 403, errorBody(403, 'The token does not have access to this location.'), rate.headers);
  }

  const outcome = next();
  if (!('respond' in outcome)) return sendJson(ctx, reply, outcome.status, outcome.body, rate.headers);
  const failure = faults.takeFailure(facts.id);
  if (failure) {
    stats.faultsInjected++;
    const write = facts.method !== 'GET';
    // A write the failure lets through is made before it is served, as when
    // the API applied it and the answer was lost on the way back.
    let bytes: Buffer | undefined;
    if (write && (failure.applied !== false || failure.kind === 'truncate')) bytes = jsonBytes(outcome.respond());
    return serveFailure(ctx, request, reply, failure, rate.headers, () => bytes ?? jsonBytes(outcome.respond()));
  }
  sendJson(ctx, reply, 200, outcome.respond(), rate.headers);
  outcome.afterSend?.();
  return reply;
}
