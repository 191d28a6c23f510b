// The one place that touches openapi-fetch (pinned, in maintenance mode since
// 2026-09): if it ever has to be replaced, only this module changes.

import type { paths } from '@hl-orders/types';
import type { Client } from 'openapi-fetch';
import * as openapiFetch from 'openapi-fetch';
import type { FetchLike, Middleware } from '../types.js';
import { capBody } from './body.js';
import type { Redact } from './redact.js';
import { redactError } from './redact-error.js';
import { fetchFailure, isRedirect, redirectError, tooLargeError } from './request.js';

type CreateClient = typeof openapiFetch.default;
// openapi-fetch's CommonJS build puts createClient on `exports.default`, and a
// bundler in Node mode (our CJS build) hands over that whole object as the
// default import. Take the function wherever it is, when first needed: done at
// the top level, the lookup would keep openapi-fetch in bundles that never
// make a raw call.
function createClientFunction(): CreateClient {
  const imported = openapiFetch.default as CreateClient | { default: CreateClient };
  return typeof imported === 'function' ? imported : imported.default;
}

/**
 * `paths` as callers of the raw client see them: the `Version` header is added
 * by middleware, so it is optional here rather than required on every call.
 */
export type ClientPaths = {
  [P in keyof paths]: {
    [M in keyof paths[P]]: paths[P][M] extends {
      parameters: infer Params extends { header: object };
    }
      ? Omit<paths[P][M], 'parameters'> & {
          parameters: Omit<Params, 'header'> & { header?: Partial<Params['header']> };
        }
      : paths[P][M];
  };
};

export type RawClient = Client<ClientPaths, 'application/json'>;

export interface HttpOptions {
  baseUrl: string;
  fetch: FetchLike;
  headers: Record<string, string>;
  middleware: Middleware[];
}

/**
 * The raw calls' fetch: the same guarantees as the client's own pipeline where
 * they don't depend on the operation. A redirect is refused rather than
 * followed, the body is capped, a failure of fetch itself becomes a typed
 * error, and whatever is thrown is redacted.
 */
export function guardedFetch(fetchFn: FetchLike, options: { maxResponseBytes: number; redact: Redact }): FetchLike {
  return async (input, init) => {
    const request = { method: input.method, url: input.url };
    let response: Response;
    try {
      response = await fetchFn(input, init);
    } catch (error) {
      const aborted = Boolean(input.signal?.aborted);
      throw redactError(fetchFailure(request, error, { aborted, timedOut: false, timeout: 0 }), options.redact);
    }
    if (isRedirect(response)) {
      await response.body?.cancel().catch(() => {});
      throw redactError(redirectError(response, request), options.redact);
    }
    return capBody(response, options.maxResponseBytes, (error) =>
      redactError(tooLargeError(error, response, request), options.redact),
    );
  };
}

export function createHttp(options: HttpOptions): RawClient {
  const client = createClientFunction()<ClientPaths, 'application/json'>({
    baseUrl: options.baseUrl,
    // Looked up per call, so a fetch patched after creation (tests, tracing) is used.
    fetch: (input) => options.fetch(input),
    headers: options.headers,
    // Passed into every Request: the API never redirects, and following one
    // would carry the token to wherever it points.
    redirect: 'manual',
  });
  client.use(...options.middleware);
  return client;
}
