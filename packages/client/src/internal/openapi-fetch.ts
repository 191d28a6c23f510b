// The one place that touches openapi-fetch (pinned, in maintenance mode since
// 2026-09): if it ever has to be replaced, only this module changes.

import type { paths } from '@hl-orders/types';
import type { Client, Middleware } from 'openapi-fetch';
import * as openapiFetch from 'openapi-fetch';

type CreateClient = typeof openapiFetch.default;
// openapi-fetch's CommonJS build puts createClient on `exports.default`, and a
// bundler in Node mode (our CJS build) hands over that whole object as the
// default import. Take the function wherever it is.
const imported = openapiFetch.default as CreateClient | { default: CreateClient };
const createClient: CreateClient = typeof imported === 'function' ? imported : imported.default;

/** The fetch signature the client accepts: the platform's `fetch` or any compatible function. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

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
export type { Middleware };

export interface HttpOptions {
  baseUrl: string;
  fetch: FetchLike;
  headers: Record<string, string>;
  middleware: Middleware[];
}

export function createHttp(options: HttpOptions): RawClient {
  const client = createClient<ClientPaths, 'application/json'>({
    baseUrl: options.baseUrl,
    // Looked up per call, so a fetch patched after creation (tests, tracing) is used.
    fetch: (input) => options.fetch(input),
    headers: options.headers,
  });
  client.use(...options.middleware);
  return client;
}
