// Makes contract-valid orders (spec/openapi.yaml, schema Order) from a seed.
// Ids are Mongo-style like the real API's: 8 hex digits of creation time, 10
// fixed per factory (from the seed) and a 6-digit counter, so they are unique
// for every order one factory makes, whenever it makes it. Creation times move
// forward with the counter, so a newer order has a larger id and a later date.
import type { Order } from '@hl-orders/types';
import type { Random } from '../random.js';

const HEX = '0123456789abcdef';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const COUPON = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const FIRST = ['James', 'Mary', 'Amara', 'Chen', 'Ingrid', 'Luis', 'Priya', 'Tomasz', 'Yuki', 'Zainab'];
const LAST = ['Bond', 'Okafor', 'Lindqvist', 'Moreau', 'Nakamura', 'Patel', 'Rossi', 'Silva', 'Walsh', 'Young'];
const SOURCES = [
  { sourceType: 'funnel', sourceName: 'Onestep Funnel', sourceSubType: 'one_step_order_form' },
  { sourceType: 'website', sourceName: 'Main Store', sourceSubType: 'two_step_order_form' },
  { sourceType: 'invoice', sourceName: 'Invoice', sourceSubType: 'one_time' },
  { sourceType: 'payment_link', sourceName: 'Payment link: Coaching', sourceSubType: 'one_time' },
] as const;
const STATUSES = ['completed', 'completed', 'completed', 'pending', 'cancelled', 'refunded'] as const;
const FULFILLMENT = ['unfulfilled', 'fulfilled'] as const;
// A fixed start keeps the dates deterministic; one order every 17 minutes.
const HISTORY_START_MS = Date.UTC(2024, 0, 1);
const STEP_MS = 17 * 60_000;

export class OrderFactory {
  readonly #random: Random;
  readonly #machine: string;
  readonly #altId: string;
  #made = 0;
  readonly #counterStart: number;

  constructor(random: Random) {
    this.#random = random;
    this.#machine = random.chars(10, HEX);
    this.#altId = random.chars(20, ALPHANUMERIC);
    this.#counterStart = random.int(0, 0xffff);
  }

  /** The location every generated order belongs to. */
  get altId(): string {
    return this.#altId;
  }

  /** A new order, newer than every order this factory made before. */
  next(): Order {
    const r = this.#random;
    const n = this.#made++;
    const createdMs = HISTORY_START_MS + n * STEP_MS + r.int(0, 59_999);
    const counter = (this.#counterStart + n) & 0xffffff;
    const seconds = Math.floor(createdMs / 1000);
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const source = r.pick(SOURCES);
    const subtotalCents = r.int(900, 49_900);
    const discountCents = r() < 0.2 ? Math.round(subtotalCents / 10) : 0;
    const order: Order = {
      _id: seconds.toString(16).padStart(8, '0') + this.#machine + counter.toString(16).padStart(6, '0'),
      altId: this.#altId,
      altType: 'location',
      contactId: r.chars(20, ALPHANUMERIC),
      contactName: `${first} ${last}`,
      contactEmail: `${first}.${last}${n}@example.com`.toLowerCase(),
      currency: 'USD',
      amount: (subtotalCents - discountCents) / 100,
      subtotal: subtotalCents / 100,
      discount: discountCents / 100,
      status: r.pick(STATUSES),
      liveMode: true,
      totalProducts: 1,
      ...source,
      sourceId: r.chars(20, ALPHANUMERIC),
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: new Date(createdMs + r.int(0, 3 * 86_400_000)).toISOString(),
      fulfillmentStatus: r.pick(FULFILLMENT),
      onetimeProducts: 1,
      recurringProducts: 0,
    };
    if (discountCents > 0) order.couponCode = r.chars(8, COUPON);
    return order;
  }
}
