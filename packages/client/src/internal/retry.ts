// The retry loop. What decides is whether a repeat can succeed and is safe:
// connection failures, timeouts, 408, a burst 429, 5xx and a body cut off can
// succeed on retry; a spent daily budget, a 4xx about the request itself, a
// body over the size cap, a contract violation or a redirect can't. Every GET
// of this API is a read, so repeating one is always safe. No wait is ever
// longer than `maxWaitMs`, whoever asks for it.
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  HlOrdersError,
  InvalidResponseError,
  RateLimitError,
} from '../errors.js';
import type { RetryEvent } from '../types.js';
import { DEFAULT_BACKOFF, retryDelay } from './backoff.js';
import { sleep } from './sleep.js';

/**
 * Errors of requests that provably never reached the server: the limiter
 * refused to wait, or the connection could not even be opened. Only these (and
 * a 429) let a write be sent again.
 */
export const neverSent = new WeakSet<object>();

export function notSent<T extends object>(error: T): T {
  neverSent.add(error);
  return error;
}

/** Errors that already say everything, when to retry included: never retried. */
const final = new WeakSet<object>();

export function markFinal<T extends object>(error: T): T {
  final.add(error);
  return error;
}

export interface RetryPolicy {
  maxRetries: number;
  /** A wait longer than this (ms) is not waited for: the error is thrown, saying when to retry. */
  maxWaitMs: number;
  signal?: AbortSignal;
  onRetry?: (event: RetryEvent) => void;
  /** Makes an error safe to show (redaction) before `onRetry` sees it. */
  prepare: (error: unknown) => unknown;
  /** Whether (and when) an error may be retried. Default: {@link retryHint}. */
  hint?: (error: unknown) => RetryHint | undefined;
  random?: () => number;
}

export interface RetryHint {
  retryAfterMs?: number;
  rateLimitIntervalMs?: number;
}

/** What the server said about when to come back, or `undefined` when a retry can't help. */
export function retryHint(error: unknown): RetryHint | undefined {
  if (typeof error === 'object' && error !== null && final.has(error)) return undefined;
  if (error instanceof InvalidResponseError) return error.reason === 'not-json' ? {} : undefined;
  if (error instanceof APIConnectionError) return {};
  if (error instanceof RateLimitError) {
    if (error.scope === 'daily') return undefined;
    return { retryAfterMs: error.rateLimit.retryAfterMs, rateLimitIntervalMs: error.rateLimit.intervalMs ?? 10_000 };
  }
  if (error instanceof APIError && (error.status === 408 || error.status >= 500)) {
    return { retryAfterMs: error.rateLimit.retryAfterMs };
  }
  return undefined;
}

export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const hint = (policy.hint ?? retryHint)(error);
      const tries = retry + 1;
      if (!hint || retry >= policy.maxRetries) throw gaveUp(error, tries);
      const delayMs = retryDelay(retry, hint, DEFAULT_BACKOFF, policy.random);
      if (delayMs > policy.maxWaitMs) {
        const at = new Date(Date.now() + delayMs).toISOString();
        throw gaveUp(
          error,
          tries,
          ` The server asked to wait ${Math.ceil(delayMs / 1000)} s, longer than maxWait (${Math.ceil(policy.maxWaitMs / 1000)} s): retry after ${at}.`,
        );
      }
      policy.onRetry?.({ retry: tries, delayMs, error: policy.prepare(error) as Error });
      try {
        await sleep(delayMs, policy.signal);
      } catch (reason) {
        // Only errors about a request get a retry hint, so this one names its
        // request. Cancelled between attempts: the next one was never sent.
        throw notSent(
          new APIUserAbortError({ request: (error as APIConnectionError | APIError).request, cause: reason }),
        );
      }
    }
  }
}

function gaveUp(error: unknown, tries: number, extra = ''): unknown {
  if (error instanceof HlOrdersError) {
    error.attempts = tries;
    if (tries > 1 || extra) error.message += `${extra}${tries > 1 ? ` (gave up after ${tries} attempts)` : ''}`;
  }
  return error;
}
