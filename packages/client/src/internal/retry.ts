// The retry loop of GET requests. Every GET of this API is a read, so repeating
// it is always safe; what decides is whether a repeat can succeed: connection
// failures, timeouts, 408, a burst 429 and 5xx can, a spent daily budget or a
// 4xx about the request itself can't.
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  HlOrdersError,
  InvalidResponseError,
  RateLimitError,
} from '../errors.js';
import type { RetryEvent } from '../options.js';
import { DEFAULT_BACKOFF, retryDelay } from './backoff.js';
import { sleep } from './sleep.js';

export interface RetryPolicy {
  maxRetries: number;
  /** A server-requested wait longer than this (ms) is not waited for: the error is thrown. */
  maxDelayMs: number;
  signal?: AbortSignal;
  onRetry?: (event: RetryEvent) => void;
  random?: () => number;
}

/** What the server said about when to come back, or `undefined` when a retry can't help. */
export function retryHint(error: unknown): { retryAfterMs?: number; rateLimitIntervalMs?: number } | undefined {
  if (error instanceof APIUserAbortError) return undefined;
  if (error instanceof APIConnectionError || error instanceof InvalidResponseError) return {};
  if (error instanceof RateLimitError) {
    if (error.scope === 'daily') return undefined;
    return { retryAfterMs: error.rateLimit.retryAfterMs, rateLimitIntervalMs: error.rateLimit.intervalMs ?? 10_000 };
  }
  if (error instanceof APIError && (error.status === 408 || error.status >= 500)) {
    return { retryAfterMs: error.rateLimit?.retryAfterMs };
  }
  return undefined;
}

export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const hint = retryHint(error);
      const tries = retry + 1;
      if (!hint || retry >= policy.maxRetries) throw gaveUp(error, tries);
      const delayMs = retryDelay(retry, hint, DEFAULT_BACKOFF, policy.random);
      if (delayMs > policy.maxDelayMs) {
        throw gaveUp(
          error,
          tries,
          ` The server asked to wait ${Math.ceil(delayMs / 1000)} s, longer than the client waits.`,
        );
      }
      policy.onRetry?.({ retry: tries, delayMs, error: error as Error });
      await sleep(delayMs, policy.signal).catch(() => {
        throw (error as HlOrdersError & { request?: APIUserAbortError['request'] }).request
          ? new APIUserAbortError((error as APIError).request, { cause: policy.signal?.reason })
          : error;
      });
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
