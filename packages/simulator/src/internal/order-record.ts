// The simulator's unit of state: an order as the API returns it, plus what the
// API knows about it but does not return (payment status, funnel product ids),
// plus values derived once so that filtering 100,000 orders stays cheap.
import type { Order, PaymentStatus } from '@hl-orders/types';
import type { SimulatedOrder } from '../views.js';

/** Internal record: a {@link SimulatedOrder} with derived, lazily cached values. */
export class OrderRecord implements SimulatedOrder {
  readonly order: Order;
  readonly paymentStatus: PaymentStatus;
  readonly funnelProductIds: readonly string[];
  /** `createdAt` in ms since the epoch, parsed once for sorting and date filters. */
  readonly createdMs: number;
  #json: Buffer | undefined;
  #haystack: string | undefined;

  constructor(order: Order, paymentStatus: PaymentStatus, funnelProductIds: readonly string[]) {
    this.createdMs = Date.parse(order.createdAt);
    if (!Number.isFinite(this.createdMs)) {
      throw new TypeError(`order ${order._id}: createdAt "${order.createdAt}" is not an ISO 8601 date-time`);
    }
    this.order = deepFreeze(order);
    this.paymentStatus = paymentStatus;
    this.funnelProductIds = Object.freeze([...funnelProductIds]);
  }

  /**
   * The order serialised once, as UTF-8 bytes: a page is the concatenation of
   * its orders' bytes, so serving it copies memory instead of re-encoding text.
   */
  get json(): Buffer {
    this.#json ??= Buffer.from(JSON.stringify(this.order), 'utf8');
    return this.#json;
  }

  /**
   * A copy with what a payment or a fulfillment changed. The list item's
   * `updatedAt` (and `fulfillmentStatus`) move with it, as they would on the API.
   */
  with(change: { paymentStatus?: PaymentStatus; fulfillmentStatus?: string; updatedAt: string }): OrderRecord {
    const order: Order = { ...this.order, updatedAt: change.updatedAt };
    if (change.fulfillmentStatus !== undefined) order.fulfillmentStatus = change.fulfillmentStatus;
    return new OrderRecord(order, change.paymentStatus ?? this.paymentStatus, this.funnelProductIds);
  }

  /** Lower-cased text that `search` matches: contact name, contact email, source name. */
  get haystack(): string {
    this.#haystack ??= [this.order.contactName, this.order.contactEmail, this.order.sourceName]
      .filter((part) => part !== undefined)
      .join('\n')
      .toLowerCase();
    return this.#haystack;
  }
}

/** Listing order: newest first, ties broken by `_id`, descending. Negative when `a` comes first. */
export function compareRecords(a: OrderRecord, b: OrderRecord): number {
  if (a.createdMs !== b.createdMs) return b.createdMs - a.createdMs;
  return a.order._id < b.order._id ? 1 : a.order._id > b.order._id ? -1 : 0;
}

// An object already frozen is taken as frozen all the way down: the generator freezes its own.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The payment status assumed for a plain `Order` given without one. */
export function paymentStatusFor(status: string): PaymentStatus {
  if (status === 'completed') return 'paid';
  if (status === 'refunded') return 'refunded';
  return 'unpaid';
}
