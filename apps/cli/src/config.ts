// Where the CLI gets its connection from: flags first, then the environment
// (HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, HIGHLEVEL_BASE_URL), or --mock for a
// local simulator with no account at all.
import { createOrdersClient, type OrdersClient } from '@hl-orders/client';
import { AuthError, UsageError } from './exit-codes.js';

export interface ConnectionFlags {
  token?: string;
  location?: string;
  baseUrl?: string;
  mock?: boolean;
  timeout?: string;
  maxRetries?: string;
}

export interface Connection {
  client: OrdersClient;
  altId: string;
  /** Stops the local simulator when --mock started one. */
  close(): Promise<void>;
  retries: () => number;
}

const GET_GOING = `No API token. Either:
  - try it on local data:   hl-orders orders list --mock
  - or set HIGHLEVEL_TOKEN to a Sub-Account OAuth access token or Private Integration Token
    with the scope payments/orders.readonly (Settings > Private Integrations in the sub-account),
    and HIGHLEVEL_LOCATION_ID to the sub-account's location id, then run: hl-orders orders list`;

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${flag} must be a whole number, got "${value}".`);
  return Number(value);
}

export async function connect(flags: ConnectionFlags, env: NodeJS.ProcessEnv = process.env): Promise<Connection> {
  let retries = 0;
  const common = {
    timeout: wholeNumber('timeout', flags.timeout),
    maxRetries: wholeNumber('max-retries', flags.maxRetries),
    onRetry: () => {
      retries++;
    },
  };
  if (flags.mock) {
    // The simulator honours every filter and paginates like the API, with the
    // documented rate limits, so --mock shows the real behaviour on fake data.
    // Loaded only for --mock: a real run never pays for the simulator's code.
    const { startSimulator } = await import('@hl-orders/mock');
    const sim = await startSimulator({ count: 250, seed: 1 });
    const altId = flags.location ?? sim.locationId;
    return {
      client: createOrdersClient({ token: 'mock-token', baseUrl: sim.url, ...common }),
      altId,
      close: () => sim.stop(),
      retries: () => retries,
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
  return {
    client: createOrdersClient({ token, baseUrl, ...common }),
    altId,
    close: async () => {},
    retries: () => retries,
  };
}
