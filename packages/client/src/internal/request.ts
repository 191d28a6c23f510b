// One attempt of one operation, whatever the operation: wait for a rate-limit
// slot, send, refuse a redirect, read the body within its cap, all inside one
// deadline. Every failure becomes a typed error here; what the status and the
// body mean is response.ts's business.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  HlOrdersError,
  InvalidResponseError,
  RateLimitError,
  type RequestInfo,
} from '../errors.js';
import type { RateLimiter } from '../rate-limiter.js';
import { SlotTooFarError } from '../rate-limiter.js';
import type { FetchLike } from '../types.js';
import { BodyTooLargeError, readBody, untilAborted } from './body.js';
import type { Redact } from './redact.js';
import { markFinal, neverSent, notSent } from './retry.js';
import { timerMs } from './sleep.js';
import { quoteUntrusted } from './untrusted-text.js';

export { neverSent } from './retry.js';

/** Failures of opening a connection: nothing was sent. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function causeCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as Error).cause, depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Error bodies are only ever quoted or kept for inspection: this much is plenty. */
const ERROR_BODY_BYTES = 64 * 1024;

/** What every request of a client shares. */
export interface Transport {
  baseUrl: string;
  /**
   * Sets the Authorization header. A function, not the token itself, so that
   * printing the client (`util.inspect`, a debugger, a log) never shows it.
   */
  authorize: (headers: Headers) => void;
  /** Whether `fetch` is the platform's own, which honours the abort signal (a custom one may not). */
  nativeFetch: boolean;
  version: string;
  fetch: FetchLike;
  headers: Record<string, string>;
  limiter: RateLimiter | undefined;
  /** The longest wait the server may impose, in ms. */
  maxWait: number;
  redact: Redact;
}

/** One operation call, ready to send. */
export interface Call {
  method: string;
  /** The path with its parameters filled in, e.g. `/payments/orders`. */
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
}

export interface AttemptLimits {
  signal?: AbortSignal;
  /** ms for the whole attempt: pacing, request and body. */
  timeout: number;
  maxResponseBytes: number;
}

/** A response that arrived, with its body read (within the cap). */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  request: RequestInfo;
}

export function callUrl(baseUrl: string, call: Call): string {
  let url = baseUrl + call.path;
  if (call.query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(call.query)) {
      if (value !== undefined && value !== null) params.append(key, String(value));
    }
    const search = params.toString();
    if (search) url += `?${search}`;
  }
  return url;
}

/** A `fetch` failure as a typed error: the caller's abort, our timeout, or no answer. */
export function fetchFailure(
  request: RequestInfo,
  error: unknown,
  state: { aborted: boolean; timedOut: boolean; timeout: number },
): HlOrdersError {
  if (error instanceof HlOrdersError) return error;
  if (state.aborted) return new APIUserAbortError({ request, cause: error });
  if (state.timedOut) {
    return new APIConnectionTimeoutError({
      request,
      message: `${request.method} ${request.url} took longer than ${state.timeout} ms (rate-limit wait, request and body). Raise \`timeout\` or narrow the query.`,
      cause: error,
    });
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = quoteUntrusted(cause instanceof Error ? cause.message : String(cause), 200);
  const failure = new APIConnectionError({
    request,
    message: `${request.method} ${request.url} got no complete answer (${reason}). Check the network and baseUrl, then retry.`,
    cause: error,
  });
  if (NOT_CONNECTED.has(causeCode(error) ?? '')) neverSent.add(failure);
  return failure;
}

function seconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

/** The limiter's refusal to wait as the error the caller sees. */
function slotError(error: SlotTooFarError, request: RequestInfo, t: Transport, timeout: number): HlOrdersError {
  const where = `${request.method} ${request.url}`;
  if (error.limit === 'deadline') {
    return notSent(
      new APIConnectionTimeoutError({
        request,
        message: `${where} would have waited ${seconds(error.waitMs)} for a rate-limit slot, more than its ${timeout} ms timeout allows. Raise \`timeout\`, or send fewer requests at once.`,
      }),
    );
  }
  const at = new Date(Date.now() + error.waitMs).toISOString();
  const why = error.serverAsked
    ? 'the API asked the clients sharing this rate limiter to pause'
    : 'the rate limit is spent';
  return notSent(
    markFinal(
      new RateLimitError({
        status: 429,
        request,
        rateLimit: { retryAfterMs: error.waitMs },
        message: `${where} was not sent: ${why} for another ${seconds(error.waitMs)}, longer than maxWait (${seconds(t.maxWait)}). Retry after ${at}, or raise maxWait.`,
      }),
    ),
  );
}

/** Sends one attempt and reads its answer; throws a typed error for anything but an answer. */
export async function attempt(t: Transport, call: Call, limits: AttemptLimits): Promise<Answer> {
  const url = callUrl(t.baseUrl, call);
  const request: RequestInfo = { method: call.method, url };
  const { signal, timeout } = limits;
  const deadline = Date.now() + timeout;
  let release: (() => void) | undefined;
  if (t.limiter) {
    try {
      release = await t.limiter.acquire({ signal, maxWaitMs: t.maxWait, deadline });
    } catch (error) {
      if (error instanceof SlotTooFarError) throw slotError(error, request, t, timeout);
      if (signal?.aborted) throw notSent(new APIUserAbortError({ request, cause: error }));
      // A limiter of the caller's own failed: its error, not a made-up abort.
      throw error;
    }
  }
  try {
    const headers = new Headers(t.headers);
    t.authorize(headers);
    headers.set('Version', t.version);
    let body: string | undefined;
    if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers.set('Content-Type', 'application/json');
    }
    return await exchange(
      request,
      (abort) => {
        const init: RequestInit = { method: call.method, headers, body, signal: abort, redirect: 'manual' };
        // The platform's fetch builds its own Request from these: building one
        // here too would cost a second copy on every call.
        return t.nativeFetch ? globalThis.fetch(url, init) : t.fetch(new Request(url, init));
      },
      { ...limits, deadline, honoursSignal: t.nativeFetch },
    );
  } finally {
    release?.();
  }
}

export interface ExchangeLimits extends AttemptLimits {
  /** When the answer must have arrived, body included (ms since the epoch). */
  deadline: number;
  /** Whether `send`'s fetch honours the abort signal (the platform's does; a custom one may not). */
  honoursSignal: boolean;
}

/**
 * Sends with `send` and reads the answer, all before the deadline and within
 * the body cap; refuses a redirect. Throws a typed error for anything but an
 * answer. Shared by every operation (`attempt`) and the raw calls.
 */
export async function exchange(
  request: RequestInfo,
  send: (signal: AbortSignal) => Promise<Response>,
  limits: ExchangeLimits,
): Promise<Answer> {
  const { signal, timeout } = limits;
  // Cancelled already: nothing goes out, even through a fetch that would
  // ignore the signal (a write must not be sent after its caller gave up).
  if (signal?.aborted) throw notSent(new APIUserAbortError({ request, cause: signal.reason }));
  // One controller per exchange, aborted by the deadline or by the caller's
  // signal (cheaper than AbortSignal.any on Node 20, and always cleaned up).
  const controller = new AbortController();
  const state = { aborted: false, timedOut: false, timeout };
  const timer = setTimeout(
    () => {
      state.timedOut = true;
      controller.abort(new DOMException(`timed out after ${timeout} ms`, 'TimeoutError'));
    },
    timerMs(limits.deadline - Date.now()),
  );
  const onAbort = () => {
    state.aborted = true;
    controller.abort(signal?.reason);
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      const sent = send(controller.signal);
      // Raced against the deadline: a custom fetch may not honour the signal.
      response = await (limits.honoursSignal ? sent : untilAborted(sent, controller.signal));
    } catch (error) {
      throw fetchFailure(request, error, state);
    }
    if (response.url) request.url = response.url;
    if (isRedirect(response)) {
      await response.body?.cancel().catch(() => {});
      throw redirectError(response, request);
    }
    const ok = response.status >= 200 && response.status < 300;
    try {
      const { text } = await readBody(response, {
        maxBytes: ok ? limits.maxResponseBytes : Math.min(ERROR_BODY_BYTES, limits.maxResponseBytes),
        overflow: ok ? 'throw' : 'truncate',
        signal: limits.honoursSignal ? undefined : controller.signal,
      });
      return { status: response.status, headers: response.headers, text, request };
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw tooLargeError(error, response, request);
      // A timeout or reset while the body was arriving.
      throw fetchFailure(request, error, state);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A body over the cap, as the caller sees it. */
export function tooLargeError(
  error: BodyTooLargeError,
  response: Response,
  request: RequestInfo,
): InvalidResponseError {
  return new InvalidResponseError({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    request,
    reason: 'too-large',
    message: `${request.method} ${request.url} answered with a body over ${error.limit.toLocaleString('en-US')} bytes${
      error.declared ? ` (it announced ${error.declared.toLocaleString('en-US')})` : ''
    }, more than any page of orders needs; reading stopped. Check baseUrl, lower \`limit\`, or raise maxResponseBytes.`,
  });
}

export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/**
 * The Orders API never redirects. A redirect means a wrong baseUrl or someone
 * in the middle; following it would send the token along, so it is refused.
 */
export function redirectError(response: Response, request: RequestInfo): InvalidResponseError {
  const location = response.headers.get('location');
  const target = location ? `to ${quoteUntrusted(location, 300)}` : 'without saying where';
  return new InvalidResponseError({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    request,
    reason: 'redirect',
    message: `${request.method} ${request.url} answered ${response.status}, a redirect ${target}. The Orders API never redirects, so the client does not follow it (the token would go along): check baseUrl, or the proxy in between.`,
  });
}
