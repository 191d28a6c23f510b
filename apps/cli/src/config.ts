// Where the CLI gets its connection from: flags first, then the environment
// (HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, HIGHLEVEL_BASE_URL), or --mock for a
// local simulator with no account at all.
import { ConfigurationError, createOrdersClient, type OrdersClient, type OrdersClientOptions } from '@hl-orders/client';
import { AuthError, UsageError } from './exit-codes.js';
import { captureRequest } from './internal/capture-request.js';
import type { IO } from './io.js';
import { tokenRedactor } from './redact-token.js';
import type { CapturedRequest } from './request-preview.js';

export interface ConnectionFlags {
  token?: string;
  location?: string;
  baseUrl?: string;
  mock?: boolean;
  timeout?: string;
  maxRetries?: string;
  allowInsecureHttp?: boolean;
}

export interface Connection {
  client: OrdersClient;
  altId: string;
  /** Stops the local simulator when --mock started one. */
  close(): Promise<void>;
  retries: () => number;
  /** Masks any run of 8+ characters of the token: for everything written to a file. */
  redact: (text: string) => string;
  /**
   * The request `send` would make with this connection's client, exactly, made
   * by the same client code but never sent (for --dry-run and confirmations).
   * Rejects as `send` would for input the client refuses.
   */
  preview(send: (client: OrdersClient) => Promise<unknown>): Promise<CapturedRequest>;
}

const GET_GOING = `No API token. Either:
  - try it on local data:   hl-orders orders list --mock
  - or set HIGHLEVEL_TOKEN to a Sub-Account OAuth access token or Private Integration Token
    with the scope payments/orders.readonly (Settings > Private Integrations in the sub-account),
    and HIGHLEVEL_LOCATION_ID to the sub-account's location id, then run: hl-orders orders list`;

/** A preview sends nothing: no pacing to wait for, no retry of the refusal that stops it. */
const PREVIEW = { rateLimiter: false, maxRetries: 0 } as const;

export function wholeNumber(flag: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`--${flag} must be a whole number${min ? ` from ${min}` : ''}, got "${value}".`);
  }
  return Number(value);
}

/** The client's refusal of an option, in the words of the flags and variables the user set. */
function client(options: OrdersClientOptions): OrdersClient {
  try {
    return createOrdersClient(options);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const message = error.message
      .replace('pass allowInsecureHttp: true', 'pass --allow-insecure-http')
      .replace(/^baseUrl/, '--base-url (or HIGHLEVEL_BASE_URL)')
      .replace(/^timeout/, '--timeout')
      .replace(/^maxRetries/, '--max-retries');
    throw error.option === 'token' ? new AuthError(`HIGHLEVEL_TOKEN / --token: ${message}`) : new UsageError(message);
  }
}

export async function connect(flags: ConnectionFlags, io: Pick<IO, 'env' | 'fetch'>): Promise<Connection> {
  const { env } = io;
  let retries = 0;
  const common = {
    fetch: io.fetch,
    timeout: wholeNumber('timeout', flags.timeout),
    maxRetries: wholeNumber('max-retries', flags.maxRetries),
    onRetry: () => {
      retries++;
    },
    allowInsecureHttp: flags.allowInsecureHttp === true,
  };
  if (flags.mock) {
    // The simulator honours every filter and paginates like the API, with the
    // documented rate limits, so --mock shows the real behaviour on fake data.
    // Loaded only for --mock: a real run never pays for the simulator's code.
    const { startSimulator } = await import('@hl-orders/simulator');
    const sim = await startSimulator({ count: 250, seed: 1 });
    const altId = flags.location ?? sim.locationId;
    const options = { token: 'mock-token', baseUrl: sim.url, ...common };
    let mockClient: OrdersClient;
    try {
      mockClient = client(options);
    } catch (error) {
      // A bad --timeout or --max-retries: stop the simulator, or it keeps the process alive.
      await sim.stop();
      throw error;
    }
    return {
      client: mockClient,
      altId,
      close: () => sim.stop(),
      retries: () => retries,
      redact: tokenRedactor(['mock-token']),
      preview: (send) => captureRequest((fetch) => client({ ...options, ...PREVIEW, fetch }), send),
    };
  }
  const token = flags.token ?? env.HIGHLEVEL_TOKEN;
  if (!token || token.trim() === '') throw new AuthError(GET_GOING);
  const altId = flags.location ?? env.HIGHLEVEL_LOCATION_ID;
  if (!altId) {
    throw new UsageError(
      'No location: pass --location <id> or set HIGHLEVEL_LOCATION_ID to the sub-account (location) id, e.g. 3SwdhCu3svxI8AKsPJt6.',
    );
  }
  const baseUrl = flags.baseUrl ?? (env.HIGHLEVEL_BASE_URL || undefined);
  const options = { token, baseUrl, ...common };
  return {
    client: client(options),
    altId,
    close: async () => {},
    retries: () => retries,
    redact: tokenRedactor([token]),
    preview: (send) => captureRequest((fetch) => client({ ...options, ...PREVIEW, fetch }), send),
  };
}

/** Runs `use` with a connection, and stops the simulator afterwards when --mock started one. */
export async function withConnection<T>(
  flags: ConnectionFlags,
  io: Pick<IO, 'env' | 'fetch'>,
  use: (connection: Connection) => Promise<T>,
): Promise<T> {
  const connection = await connect(flags, io);
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}
