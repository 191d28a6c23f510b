// The one place that touches openapi-fetch (pinned, in maintenance mode since
// 2026-09): if it ever has to be replaced, only this module changes.

import type { paths } from '@hl-orders/types';
import type { Client } from 'openapi-fetch';
import * as openapiFetch from 'openapi-fetch';
import type { FetchLike, Middleware } from '../types.js';
import type { Redact } from './redact.js';
import { redactError } from './redact-error.js';
import { exchange } from './request.js';
import { interpret, jsonBody } from './response.js';

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

/** Statuses whose Response must have no body. */
const NULL_BODY = [101, 103, 204, 205, 304];

/**
 * The raw calls' fetch: the same guarantees as the client's own pipeline where
 * they don't depend on the operation. The whole exchange, body included, has
 * the client's timeout; a redirect is refused rather than followed; the body
 * is read within the cap (counted as decoded, whatever Content-Length said); a
 * success that is not JSON is an `InvalidResponseError`, not a `SyntaxError`
 * quoting the body; and whatever is thrown is typed and redacted.
 */
export function guardedFetch(
  fetchFn: FetchLike,
  options: { maxResponseBytes: number; timeout: number; nativeFetch: boolean; redact: Redact },
): FetchLike {
  const { redact, timeout } = options;
  return async (input) => {
    const request = { method: input.method, url: input.url };
    try {
      const answer = await exchange(request, (signal) => fetchFn(new Request(input, { signal })), {
        signal: input.signal,
        timeout,
        deadline: Date.now() + timeout,
        maxResponseBytes: options.maxResponseBytes,
        honoursSignal: options.nativeFetch,
      });
      const { status, text } = answer;
      const headers = new Headers(answer.headers);
      // The length of the body as it is now (read, decoded): openapi-fetch
      // takes "0" as no body, and any other length as a body for json().
      headers.set('content-length', String(new TextEncoder().encode(text).byteLength));
      const response = new Response(NULL_BODY.includes(status) || text === '' ? null : text, { status, headers });
      // openapi-fetch parses a success with response.json(): ours gives the
      // client's typed, redacted error for a body that is not JSON.
      response.json = async () => jsonBody(answer, interpret(answer), redact);
      return response;
    } catch (error) {
      throw redactError(error, redact);
    }
  };
}

/** A raw call whose every rejection is redacted, whatever threw it (a middleware, openapi-fetch). */
export function redacting<F extends (...args: never[]) => Promise<unknown>>(call: F, redact: Redact): F {
  return ((...args: Parameters<F>) =>
    call(...args).catch((error: unknown) => {
      throw redactError(error, redact);
    })) as F;
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
