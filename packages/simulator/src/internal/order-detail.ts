// Derives what Get Order shows of an order beyond its list item (lines with
// prices and products, contact snapshot, source, coupon, ...) and the state the
// order starts with (what was paid, what was shipped, its notes). Deterministic
// from the simulator's seed and the order's id: the same seed gives the same
// details whichever order is asked for first. Derived on first use, so that
// generating 100,000 orders does not pay for details nobody reads.
import { base, en, Faker, generateMersenne53Randomizer } from '@faker-js/faker';
import type { OrderDetail, OrderNote, OrderPrice, OrderProduct } from '@hl-orders/types';
import type { SimulatedFulfillment } from '../views.js';
import type { OrderRecord } from './order-record.js';
import { Random, weightedTable } from './random.js';
import { seedToInt } from './seed.js';

/** The fields of `OrderDetail` that neither the list item nor the order's state give. */
export type DetailExtras = Pick<
  OrderDetail,
  'contactSnapshot' | 'amountSummary' | 'source' | 'coupon' | 'trackingId' | 'fingerprint' | 'markAsTest' | 'traceId'
>;

/**
 * A line of an order as the simulator makes it: an `OrderItem` with every
 * field the spec names. A type, not an interface, so that it is assignable to
 * the open (index-signed) `OrderItem`.
 */
export type Line = {
  readonly _id: string;
  readonly name: string;
  readonly qty: number;
  readonly price: OrderPrice & { readonly amount: number };
  readonly product: OrderProduct;
};

/** Everything an order starts with beyond its list item. */
export interface OrderSeed {
  readonly items: readonly Line[];
  readonly extras: DetailExtras;
  /** Paid when the order was generated (or given), in cents. */
  readonly paidCents: number;
  readonly fulfillments: readonly SimulatedFulfillment[];
  readonly notes: readonly OrderNote[];
}

/** Money in cents, exactly: amounts are in currency units with at most two decimals. */
export const toCents = (amount: number | undefined): number => Math.round((amount ?? 0) * 100);

const PRODUCT_TYPES = weightedTable([
  { weight: 55, value: 'PHYSICAL' },
  { weight: 25, value: 'DIGITAL' },
  { weight: 20, value: 'SERVICE' },
]);
const VARIANTS = ['Red / S', 'Blue / M', 'Black / L', 'Small', 'Large', 'Starter', 'Pro'];
const CARRIERS = [
  { name: 'FedEx', url: 'https://www.fedex.com/wtrk/track/?trknbr=' },
  { name: 'UPS', url: 'https://www.ups.com/track?tracknum=' },
  { name: 'USPS', url: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=' },
  { name: 'DHL', url: 'https://www.dhl.com/en/express/tracking.html?AWB=' },
];
const NOTE_TEXTS = [
  'Customer asked for gift wrapping.',
  'Called the customer to confirm the shipping address.',
  'Paid in two instalments, as agreed.',
  'Leave the parcel with the front desk.',
  'Customer requested an invoice with the company name.',
  'Delivery delayed by the carrier; customer informed.',
  'Discount approved by the store manager.',
];

/** Splits `total` cents into `count` parts at random; the parts add up to `total` exactly. */
function split(random: Random, total: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => random.int(1, 10));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  if (count > 0) parts[count - 1] = (parts[count - 1] as number) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

export class DetailDeriver {
  readonly #seed: number;
  readonly #faker: Faker;
  readonly #random: Random;

  constructor(seed: number | string) {
    this.#seed = seedToInt(seed);
    const randomizer = generateMersenne53Randomizer();
    this.#faker = new Faker({ locale: [en, base], randomizer });
    this.#random = new Random(randomizer);
  }

  /** The details and starting state of one order. */
  derive(record: OrderRecord): OrderSeed {
    const order = record.order;
    // One stream per order: its details do not depend on which orders were derived before.
    this.#faker.seed(seedToInt(`${this.#seed}:${order._id}`));
    const r = this.#random;
    // The list item's subtotal, or what its amount and discount imply.
    const subtotalCents = toCents(order.subtotal ?? (order.amount ?? 0) + (order.discount ?? 0));
    const items = this.#items(record, subtotalCents);
    const extras: DetailExtras = {};
    if (order.contactName !== undefined || order.contactEmail !== undefined) {
      const [first = '', ...rest] = (order.contactName ?? '').split(' ');
      const snapshot: Record<string, unknown> = { first_name: first, last_name: rest.join(' ') };
      if (order.contactEmail !== undefined) snapshot.email = order.contactEmail;
      if (r.chance(0.3)) snapshot.company_name = this.#faker.company.name();
      snapshot.type = 'customer';
      extras.contactSnapshot = snapshot;
    }
    extras.amountSummary = { subtotal: subtotalCents / 100, discount: order.discount ?? 0 };
    if (order.sourceType !== undefined && order.sourceId !== undefined) {
      // In the spec example's order: type, subType, id, name, meta.
      const source: NonNullable<DetailExtras['source']> = {
        type: order.sourceType,
        ...(order.sourceSubType === undefined ? {} : { subType: order.sourceSubType }),
        id: order.sourceId,
        ...(order.sourceName === undefined ? {} : { name: order.sourceName }),
        ...(order.sourceMeta === undefined ? {} : { meta: order.sourceMeta }),
      };
      extras.source = source;
    }
    if (order.couponCode !== undefined) extras.coupon = { _id: r.hex(24), code: order.couponCode };
    if (order.sourceType === 'funnel' || order.sourceType === 'website') {
      extras.trackingId = this.#faker.string.uuid();
      extras.fingerprint = this.#faker.string.uuid();
    }
    if (order.liveMode !== undefined) extras.markAsTest = !order.liveMode;
    extras.traceId = this.#faker.string.uuid();
    return {
      items,
      extras,
      paidCents: this.#paidCents(record),
      fulfillments: this.#fulfillments(record, items),
      notes: this.#notes(record),
    };
  }

  /** One line per product (two variants of one product when a single unit must be partly shipped). */
  #items(record: OrderRecord, subtotalCents: number): Line[] {
    const { order, funnelProductIds } = record;
    const r = this.#random;
    const count = Math.max(0, Math.trunc(order.totalProducts ?? 1));
    const oneTime = order.onetimeProducts ?? count;
    const currency = order.currency ?? 'USD';
    const lines: Line[] = [];
    split(r, subtotalCents, count).forEach((cents, i) => {
      const product = {
        _id: funnelProductIds[i] ?? r.hex(24),
        name: this.#faker.commerce.productName(),
        productType: r.weighted(PRODUCT_TYPES),
      };
      const type = i < oneTime ? 'one_time' : 'recurring';
      const line = (lineCents: number, priceName: string): Line => {
        // A quantity that divides the line's amount, so unit price × qty is exact.
        const fits = [2, 3].filter((q) => lineCents % q === 0);
        const qty = fits.length > 0 && r.chance(0.25) ? r.pick(fits) : 1;
        return {
          _id: r.hex(24),
          name: priceName === 'Standard' ? product.name : `${product.name} - ${priceName}`,
          qty,
          price: { _id: r.hex(24), name: priceName, type, currency, amount: lineCents / qty / 100 },
          product,
        };
      };
      const mustSplit = count === 1 && order.fulfillmentStatus === 'partially_fulfilled';
      if (!mustSplit) {
        lines.push(line(cents, type === 'recurring' ? 'Monthly' : 'Standard'));
        return;
      }
      const [first, second] = r.sample(VARIANTS, 2) as [string, string];
      const firstCents = Math.floor((cents * r.int(30, 70)) / 100);
      lines.push(line(firstCents, first), line(cents - firstCents, second));
    });
    return lines;
  }

  #paidCents(record: OrderRecord): number {
    const amount = toCents(record.order.amount);
    switch (record.paymentStatus) {
      case 'paid':
      case 'refunded':
        return amount;
      case 'partially_paid':
        return amount > 1 ? Math.max(1, Math.floor((amount * this.#random.int(20, 80)) / 100)) : 0;
      default:
        return 0;
    }
  }

  /** What was shipped before the simulator started: everything, about half, or nothing. */
  #fulfillments(record: OrderRecord, items: readonly Line[]): SimulatedFulfillment[] {
    const { order } = record;
    const units = items.reduce((sum, item) => sum + item.qty, 0);
    let left =
      order.fulfillmentStatus === 'fulfilled'
        ? units
        : order.fulfillmentStatus === 'partially_fulfilled' && units > 1
          ? Math.floor(units / 2)
          : 0;
    if (left === 0) return [];
    const r = this.#random;
    const shipped = [];
    for (const item of items) {
      const qty = Math.min(left, item.qty);
      if (qty === 0) break;
      left -= qty;
      shipped.push({ _id: item.price._id, name: item.name, qty, price: item.price, product: item.product });
    }
    const carrier = r.pick(CARRIERS);
    const trackingNumber = r.chars(12, '0123456789');
    const physical = shipped.some((item) => item.product.productType === 'PHYSICAL');
    return [
      {
        fulfillment: {
          _id: r.hex(24),
          altId: order.altId,
          altType: order.altType,
          trackings: physical
            ? [{ trackingNumber, shippingCarrier: carrier.name, trackingUrl: `${carrier.url}${trackingNumber}` }]
            : [],
          items: shipped,
          createdAt: order.updatedAt,
          updatedAt: order.updatedAt,
        },
        notifyCustomer: r.chance(0.7),
      },
    ];
  }

  /** A few orders carry notes, written between their creation and their last update. */
  #notes(record: OrderRecord): OrderNote[] {
    const r = this.#random;
    if (!r.chance(0.2)) return [];
    const from = record.createdMs;
    const to = Math.max(from, Date.parse(record.order.updatedAt) || from);
    return Array.from({ length: r.int(1, 3) }, () => ({
      _id: r.hex(24),
      body: r.pick(NOTE_TEXTS),
      createdAt: new Date(r.int(from, to)).toISOString(),
    })).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
