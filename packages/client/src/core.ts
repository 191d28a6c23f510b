// The core of a client: its checked options and the request pipeline they
// configure, and nothing about any operation. Operations are functions that
// take a core (see operations.ts), so a bundle holds only the operations it
// calls; `createOrdersClient` puts them all on one object for convenience.
import { secretRedactor } from './internal/redact.js';
import { redactError } from './internal/redact-error.js';
import type { Transport } from './internal/request.js';
import { bareToken, type OrdersClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import type { RateLimiter } from './rate-limiter.js';

export type Settings = Omit<ResolvedOptions, 'token'>;

/** A client's configuration and request pipeline, for the operation functions (`listOrders(core, …)`). */
export interface CoreClient {
  /** The base URL requests go to. */
  readonly baseUrl: string;
  /** The limiter pacing this client's requests, if any (share it with `rateLimiter`). */
  readonly rateLimiter: RateLimiter | undefined;
  /** @internal The resolved options, but the token (which only `transport.authorize` holds). */
  readonly settings: Settings;
  /** @internal What every request shares. */
  readonly transport: Transport;
}

/** Creates a core client. Throws `ConfigurationError` for an unusable option. */
export function createCoreClient(options: OrdersClientOptions): CoreClient {
  const given = bareToken(options?.token);
  let resolved: ResolvedOptions;
  try {
    resolved = resolveOptions(options);
  } catch (error) {
    throw redactError(error, secretRedactor(given));
  }
  const { token, ...settings } = resolved;
  const authorization = `Bearer ${token}`;
  return {
    baseUrl: settings.baseUrl,
    rateLimiter: settings.rateLimiter,
    settings,
    transport: {
      baseUrl: settings.baseUrl,
      authorize: (headers) => headers.set('Authorization', authorization),
      nativeFetch: options.fetch === undefined,
      version: settings.version,
      fetch: settings.fetch,
      headers: settings.headers,
      limiter: settings.rateLimiter,
      maxWait: settings.maxWait,
      redact: secretRedactor(token),
    },
  };
}
