// The handle startSimulator resolves with: where the simulator listens, and
// the methods a test uses to inspect and steer it while a client runs. Its own
// file, so that the implementation can name the type without importing the
// entry point that loads it.
import type { Order, OrderDetail, OrderNote } from '@hl-orders/types';
import type { Failure, InsertEvery } from './faults.js';
import type { SimulatorStats } from './stats.js';
import type { PaymentLedger, SimulatedFulfillment, SimulatedOrder } from './views.js';

/** A running simulator. */
export interface RunningSimulator {
  /** Base URL, e.g. `http://127.0.0.1:41234`; List Orders is `${url}/payments/orders`. */
  readonly url: string;
  readonly port: number;
  /** The location whose orders are served (the only `altId` that is not refused with 403). */
  readonly locationId: string;
  /** Stops listening and closes every connection, keep-alive ones included. Safe to call twice. */
  stop(): Promise<void>;
  /** The current orders, in listing order (newest first). Frozen; a new array after each insertion. */
  orders(): readonly Order[];
  /** The current orders with their hidden attributes (payment status, funnel product ids), in listing order. */
  records(): readonly SimulatedOrder[];
  /** Inserts `count` new orders created now (newer than every other), as a live location would. Returns them, newest first. */
  insertOrders(count: number): readonly Order[];
  /** The order as Get Order answers it now (a copy), or undefined for an unknown id. */
  order(id: string): OrderDetail | undefined;
  /** What the order costs, what was paid (and how) and what is due, or undefined for an unknown id. */
  payments(id: string): PaymentLedger | undefined;
  /** The order's fulfillments, oldest first, with each one's `notifyCustomer`, or undefined for an unknown id. */
  fulfillments(id: string): readonly SimulatedFulfillment[] | undefined;
  /** The order's notes as List Order Notes answers them, or undefined for an unknown id. */
  notes(id: string): readonly OrderNote[] | undefined;
  /**
   * Adds a note to the order, as someone in the app would: a text becomes
   * `{ _id, body, createdAt }`; an object is served as given (to reproduce a
   * shape seen on the live API). Returns the note; throws for an unknown id.
   */
  addNote(id: string, note: string | OrderNote): OrderNote;
  /**
   * Queues a failure for the next `failure.count` (default 1) requests that
   * would have been answered with a 200 (of `failure.operation` only, when set).
   */
  fail(failure: Failure): void;
  /**
   * Without `count`: delays every answer after authentication by `ms`
   * milliseconds (`0` turns it off). With `count`: delays only the next
   * `count` answers by `ms`, after which the every-answer delay applies again.
   */
  setLatency(ms: number, count?: number): void;
  /** Inserts orders every so many pages served; `undefined` turns it off. */
  setInsertEvery(rule: InsertEvery | undefined): void;
  /** Drops queued failures, latency and the insertion rule. */
  clearFaults(): void;
  /** Counters since start or the last {@link resetStats}. */
  stats(): SimulatorStats;
  resetStats(): void;
  /** Forgets every rate-limit window and daily count, as if no request had been made. */
  resetRateLimits(): void;
}
