// The options of startSimulator, their defaults and their checks. Everything a
// caller can set is declared and documented here; the rest of the simulator
// only sees the resolved values.
import type { Order, PaymentStatus } from '@hl-orders/types';
import type { FaultOptions } from './faults.js';
import { ALL_SCOPES } from './operations.js';

/** The location id of the spec's examples, used when none is given. */
export const DEFAULT_LOCATION_ID = '3SwdhCu3svxI8AKsPJt6';
/** End of the generated history when none is given: fixed, so a seed gives the same orders on any day. */
export const DEFAULT_HISTORY_END = '2026-11-01T00:00:00.000Z';

/** An order given to the simulator: a plain `Order`, or one with its hidden attributes. */
export type SimulatorOrderInput =
  | Order
  | {
      readonly order: Order;
      /** Default: derived from `status` (completed: paid, refunded: refunded, otherwise unpaid). */
      readonly paymentStatus?: PaymentStatus;
      /** Default: none. */
      readonly funnelProductIds?: readonly string[];
    };

/** The limits in force. */
export interface RateLimits {
  /** Requests allowed per window. */
  readonly max: number;
  /** Length of the burst window, in milliseconds. */
  readonly intervalMs: number;
  /** Requests allowed per UTC day. */
  readonly daily: number;
}

/** Burst and daily limits; each field falls back to the vendor's documented value. */
export interface RateLimitOptions {
  /** Requests allowed per burst window, per token and location. Default: `100`. */
  max?: number;
  /** Length of the burst window, in milliseconds. Default: `10000`. */
  intervalMs?: number;
  /** Requests allowed per UTC day, per token and location. Default: `200000`. */
  daily?: number;
}

/** Options of {@link startSimulator}. Every field is optional. */
export interface SimulatorOptions {
  /** TCP port on 127.0.0.1. Default: `0`, a free port chosen by the OS. */
  port?: number;
  /** The location (sub-account) whose orders are served; other `altId`s get 403. Default: `'3SwdhCu3svxI8AKsPJt6'`. */
  locationId?: string;
  /** Number of orders to generate. Default: `250`. Ignored when `orders` is given. */
  count?: number;
  /** The orders to serve instead of generated ones (their `altId` is kept as given). Default: generated. */
  orders?: readonly SimulatorOrderInput[];
  /** Seed of the generator: the same seed gives the same orders, byte for byte. Default: `1`. */
  seed?: number | string;
  /** End of the generated history (ISO 8601 string or Date). Default: `'2026-11-01T00:00:00.000Z'`. */
  historyEnd?: string | Date;
  /** Length of the generated history, in days; `createdAt` is spread over it. Default: `730`. */
  historyDays?: number;
  /**
   * A bearer token with every scope. With `tokens`, it is accepted besides
   * them; alone, it is the only token accepted. Default: any non-empty token
   * has every scope (unless `tokens` is given).
   */
  token?: string;
  /**
   * Tokens and the OAuth scopes each one holds, e.g.
   * `{ 'read-only': ['payments/orders.readonly'] }`. When given, only these
   * tokens (and `token`) are accepted; a request whose token lacks a scope its
   * operation needs gets the vendor's 401 `The token is not authorized for
   * this scope.` Default: none.
   */
  tokens?: Readonly<Record<string, readonly string[]>>;
  /** Rate limits, or `false` for none (no 429s; headers then show constant budgets of 1,000,000,000). Default: `{ max: 100, intervalMs: 10000, daily: 200000 }`. */
  rateLimit?: RateLimitOptions | false;
  /** Faults in force from the start; see also the simulator's `fail`, `setLatency` and `setInsertEvery`. Default: none. */
  faults?: FaultOptions;
  /**
   * The simulator's clock, in ms since the epoch: drives the rate-limit windows,
   * the daily reset, the `createdAt` of inserted orders and when payments,
   * fulfillments and notes are recorded. Tests pass a fake one to step time
   * without waiting. Default: `Date.now`.
   */
  clock?: () => number;
}

/** Options after defaults and checks. */
export interface ResolvedOptions {
  readonly port: number;
  readonly locationId: string;
  readonly count: number;
  readonly orders: readonly SimulatorOrderInput[] | undefined;
  readonly seed: number | string;
  readonly historyEndMs: number;
  readonly historyDays: number;
  /** The accepted tokens and their scopes; undefined: any non-empty token, with every scope. */
  readonly tokens: ReadonlyMap<string, readonly string[]> | undefined;
  readonly rateLimit: RateLimits | false;
  readonly faults: FaultOptions;
  readonly clock: () => number;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(`startSimulator: ${message}`);
}

const wholeAtLeast = (value: number, min: number) => Number.isInteger(value) && value >= min;

// Messages name the option, never the token itself: a test's token may be a real one.
function resolveTokens(options: SimulatorOptions): ReadonlyMap<string, readonly string[]> | undefined {
  const { token, tokens } = options;
  check(
    token === undefined || (typeof token === 'string' && token.length > 0),
    'token must not be empty (omit it to accept any)',
  );
  if (tokens === undefined) return token === undefined ? undefined : new Map([[token, ALL_SCOPES]]);
  check(typeof tokens === 'object' && tokens !== null, 'tokens must be an object of token: scopes');
  const map = new Map<string, readonly string[]>();
  for (const [name, scopes] of Object.entries(tokens)) {
    check(name.length > 0, 'tokens must not have an empty token');
    check(
      Array.isArray(scopes) && scopes.every((scope) => typeof scope === 'string' && scope.length > 0),
      `tokens: the scopes of token #${map.size + 1} must be a list of non-empty strings`,
    );
    map.set(name, Object.freeze([...scopes]));
  }
  check(token === undefined || !map.has(token), 'token is also a key of tokens: give its scopes in one place');
  if (token !== undefined) map.set(token, ALL_SCOPES);
  return map;
}

/** Applies defaults and rejects values that cannot work, naming the option. */
export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const port = options.port ?? 0;
  check(wholeAtLeast(port, 0) && port < 65536, `port must be a whole number from 0 to 65535, got ${port}`);
  const locationId = options.locationId ?? DEFAULT_LOCATION_ID;
  check(locationId.length > 0, 'locationId must not be empty');
  const count = options.count ?? 250;
  check(wholeAtLeast(count, 0), `count must be a whole number >= 0, got ${count}`);
  const historyEnd = options.historyEnd ?? DEFAULT_HISTORY_END;
  const historyEndMs = historyEnd instanceof Date ? historyEnd.getTime() : Date.parse(historyEnd);
  check(Number.isFinite(historyEndMs), `historyEnd must be an ISO 8601 date-time, got ${String(historyEnd)}`);
  const historyDays = options.historyDays ?? 730;
  check(Number.isFinite(historyDays) && historyDays > 0, `historyDays must be a number > 0, got ${historyDays}`);
  const tokens = resolveTokens(options);

  let rateLimit: RateLimits | false = false;
  if (options.rateLimit !== false) {
    const { max = 100, intervalMs = 10_000, daily = 200_000 } = options.rateLimit ?? {};
    check(wholeAtLeast(max, 1), `rateLimit.max must be a whole number >= 1, got ${max}`);
    check(wholeAtLeast(intervalMs, 1), `rateLimit.intervalMs must be a whole number >= 1, got ${intervalMs}`);
    check(wholeAtLeast(daily, 1), `rateLimit.daily must be a whole number >= 1, got ${daily}`);
    rateLimit = { max, intervalMs, daily };
  }
  return {
    port,
    locationId,
    count,
    orders: options.orders,
    seed: options.seed ?? 1,
    historyEndMs,
    historyDays,
    tokens,
    rateLimit,
    faults: options.faults ?? {},
    clock: options.clock ?? Date.now,
  };
}
