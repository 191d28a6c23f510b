// Everything a request handler reads or changes, built once per simulator by
// run-simulator.ts.
import type { Faults } from '../faults.js';
import type { ResolvedOptions } from '../options.js';
import type { StatsCounter } from '../stats.js';
import type { OrderResource } from './order-resource.js';
import type { OrderStore } from './order-store.js';
import type { RateLimiter } from './rate-limiter.js';

export interface SimulatorContext {
  readonly options: ResolvedOptions;
  readonly store: OrderStore;
  /** Single orders, payments, fulfillments and notes. */
  readonly resource: OrderResource;
  readonly faults: Faults;
  readonly stats: StatsCounter;
  /** Undefined when rate limiting is off. */
  readonly limiter: RateLimiter | undefined;
  /** Aborted by stop(), to cut injected delays short. */
  readonly stopping: AbortSignal;
  /** Inserts `count` new orders (used by `insertEvery`). */
  insert(count: number): void;
}
