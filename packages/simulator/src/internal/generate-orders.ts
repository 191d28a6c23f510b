// Generates realistic orders of one location, deterministically: the same seed
// (and the same pinned faker version) gives the same orders, byte for byte.
// Orders share a pool of contacts and of sources (funnels, websites, invoices,
// ...) the way a real location's do, so that filtering by contact or source
// returns several orders, as it would against the real API.
import { base, en, Faker, generateMersenne53Randomizer } from '@faker-js/faker';
import type { Order, PaymentStatus, SourceMeta } from '@hl-orders/types';
import { ObjectIdFactory } from './object-id.js';
import { OrderRecord } from './order-record.js';
import { Random, type WeightedTable, weightedTable } from './random.js';
import { seedToInt } from './seed.js';

/** What the generator needs to know; every field is resolved by the caller. */
export interface GeneratorOptions {
  readonly seed: number | string;
  readonly locationId: string;
  /** End of the generated history, ms since the epoch. */
  readonly historyEndMs: number;
  /** Length of the generated history, in days. */
  readonly historyDays: number;
  /** Expected number of orders, to size the contact pool (about one contact per four orders). */
  readonly expectedCount: number;
}

interface Contact {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
}

interface Source {
  readonly type: string;
  readonly subTypes: readonly string[];
  readonly id?: string; // undefined: a new id per order (invoices)
  readonly name: string;
  readonly meta?: SourceMeta;
  readonly products: readonly string[]; // funnel product ids sold through it
}

const DAY_MS = 86_400_000;
const COUPON_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

type Status = { status: string; payment: WeightedTable<PaymentStatus> };

// Weighted like a live location: most orders complete and paid.
const STATUSES = weightedTable<Status>([
  {
    weight: 74,
    value: {
      status: 'completed',
      payment: weightedTable<PaymentStatus>([
        { weight: 92, value: 'paid' },
        { weight: 8, value: 'partially_paid' },
      ]),
    },
  },
  { weight: 11, value: { status: 'pending', payment: weightedTable<PaymentStatus>([{ weight: 1, value: 'unpaid' }]) } },
  {
    weight: 8,
    value: { status: 'cancelled', payment: weightedTable<PaymentStatus>([{ weight: 1, value: 'unpaid' }]) },
  },
  {
    weight: 7,
    value: { status: 'refunded', payment: weightedTable<PaymentStatus>([{ weight: 1, value: 'refunded' }]) },
  },
]);

const FULFILLMENT = weightedTable([
  { weight: 55, value: 'unfulfilled' },
  { weight: 40, value: 'fulfilled' },
  { weight: 5, value: 'partially_fulfilled' },
]);

/** A seeded generator. `generate` makes the initial history; `next` makes one order at a given time. */
export class OrderGenerator {
  /** Faker for realistic words (names, emails, product and company names); the pools only. */
  readonly #faker: Faker;
  /** The same seeded stream, for the per-order picks (see internal/random.ts for why). */
  readonly #random: Random;
  readonly #ids: ObjectIdFactory;
  readonly #options: GeneratorOptions;
  readonly #contacts: readonly Contact[];
  readonly #sources: WeightedTable<Source>;
  readonly #users: readonly string[];
  readonly #currency: string;

  constructor(options: GeneratorOptions) {
    this.#options = options;
    const randomizer = generateMersenne53Randomizer();
    this.#faker = new Faker({ locale: [en, base], randomizer });
    this.#faker.seed(seedToInt(options.seed));
    const random = new Random(randomizer);
    this.#random = random;
    this.#ids = new ObjectIdFactory(random.hex(10), random.int(0, 0xffffff));
    this.#currency = random.weighted(
      weightedTable([
        { weight: 85, value: 'USD' },
        { weight: 5, value: 'CAD' },
        { weight: 4, value: 'GBP' },
        { weight: 3, value: 'EUR' },
        { weight: 3, value: 'AUD' },
      ]),
    );
    const contactCount = Math.min(5000, Math.max(20, Math.ceil(options.expectedCount / 4)));
    this.#contacts = Array.from({ length: contactCount }, () => this.#contact());
    this.#users = Array.from({ length: 6 }, () => random.hlId());
    this.#sources = weightedTable(this.#sourcePool());
  }

  /** `count` orders with `createdAt` spread over the history window, in generation order. */
  generate(count: number): OrderRecord[] {
    const { historyEndMs, historyDays } = this.#options;
    const span = Math.max(1, Math.round(historyDays * DAY_MS));
    const random = this.#random;
    const records: OrderRecord[] = [];
    for (let i = 0; i < count; i++) {
      const createdMs = historyEndMs - random.int(0, span);
      // Most orders are touched again (paid, fulfilled) within a month, never after the window.
      const touched = random.chance(0.6) ? random.int(0, Math.min(30 * DAY_MS, historyEndMs - createdMs)) : 0;
      records.push(this.next(createdMs, createdMs + touched));
    }
    return records;
  }

  /** One new order created at `createdMs` and last updated at `updatedMs` (default: created). */
  next(createdMs: number, updatedMs = createdMs): OrderRecord {
    const r = this.#random;
    const contact = r.pick(this.#contacts);
    const source = r.weighted(this.#sources);
    const { status, payment } = r.weighted(STATUSES);
    const paymentStatus = r.weighted(payment);

    // Funnels and websites sell their own catalogue of funnel products; other
    // sources sell products that are not funnel products.
    const funnelProductIds =
      source.products.length > 0 ? r.sample(source.products, r.int(1, Math.min(3, source.products.length))) : [];
    const totalProducts = funnelProductIds.length || r.int(1, 4);
    const recurringProducts = r.chance(0.2) ? r.int(1, totalProducts) : 0;
    // Money in cents, so the amounts are exact decimal values once divided.
    let subtotalCents = 0;
    for (let i = 0; i < totalProducts; i++) subtotalCents += r.int(900, 49_900);
    const coupon = r.chance(0.12);
    const discountCents = coupon ? Math.round((subtotalCents * r.int(5, 50)) / 100) : 0;

    // Properties in the order of the spec's example (JSON keeps insertion order),
    // optional ones only when the order has them. Assigned one by one rather
    // than spread: it is several times faster, which matters at 100,000 orders.
    const order = {} as Order;
    order._id = this.#ids.next(createdMs);
    order.altId = this.#options.locationId;
    order.altType = 'location';
    order.contactId = contact.id;
    order.contactName = contact.name;
    if (contact.email !== undefined) order.contactEmail = contact.email;
    order.currency = r.chance(0.97) ? this.#currency : 'USD';
    order.amount = (subtotalCents - discountCents) / 100;
    order.subtotal = subtotalCents / 100;
    order.discount = discountCents / 100;
    order.status = status;
    order.liveMode = r.chance(0.92);
    order.totalProducts = totalProducts;
    order.sourceType = source.type;
    order.sourceName = source.name;
    order.sourceId = source.id ?? r.hlId();
    if (source.meta !== undefined) order.sourceMeta = Object.freeze({ ...source.meta });
    if (coupon) order.couponCode = r.chars(r.int(5, 9), COUPON_CHARS);
    order.createdAt = new Date(createdMs).toISOString();
    order.updatedAt = updatedMs === createdMs ? order.createdAt : new Date(updatedMs).toISOString();
    order.sourceSubType = r.pick(source.subTypes);
    order.fulfillmentStatus = r.weighted(FULFILLMENT);
    order.onetimeProducts = totalProducts - recurringProducts;
    order.recurringProducts = recurringProducts;
    if (source.type === 'invoice' || source.type === 'manual') order.createdBy = r.pick(this.#users);
    return new OrderRecord(Object.freeze(order), paymentStatus, funnelProductIds);
  }

  #contact(): Contact {
    const f = this.#faker;
    const firstName = f.person.firstName();
    const lastName = f.person.lastName();
    const email = this.#random.chance(0.96) ? f.internet.email({ firstName, lastName }).toLowerCase() : undefined;
    return { id: this.#random.hlId(), name: `${firstName} ${lastName}`, email };
  }

  #funnelProducts(): string[] {
    return Array.from({ length: this.#random.int(2, 6) }, () => this.#random.hex(24));
  }

  #pageMeta(domain: string): SourceMeta {
    const pageId = this.#random.hlId();
    return { domain, pageId, pageUrl: `/v2/preview/${pageId}`, stepId: this.#faker.string.uuid() };
  }

  #sourcePool(): { weight: number; value: Source }[] {
    const f = this.#faker;
    const r = this.#random;
    const domain = f.internet.domainName();
    const pool: { weight: number; value: Source }[] = [];
    for (let i = 0; i < 8; i++) {
      pool.push({
        weight: 6,
        value: {
          type: 'funnel',
          subTypes: ['one_step_order_form', 'two_step_order_form', 'upsell'],
          id: r.hlId(),
          name: `${f.commerce.productAdjective()} ${f.commerce.product()} Funnel`,
          meta: this.#pageMeta(r.chance(0.5) ? domain : 'app.gohighlevel.com'),
          products: this.#funnelProducts(),
        },
      });
    }
    for (let i = 0; i < 3; i++) {
      pool.push({
        weight: 5,
        value: {
          type: 'website',
          subTypes: ['one_step_order_form', 'two_step_order_form'],
          id: r.hlId(),
          name: `${f.company.name()} Store`,
          meta: this.#pageMeta(domain),
          products: this.#funnelProducts(),
        },
      });
    }
    for (let i = 0; i < 3; i++) {
      pool.push({
        weight: 3,
        value: {
          type: 'payment_link',
          subTypes: ['one_time'],
          id: r.hlId(),
          name: `Payment link: ${f.commerce.productName()}`,
          products: [],
        },
      });
    }
    pool.push(
      {
        weight: 4,
        value: {
          type: 'calendar',
          subTypes: ['appointment'],
          id: r.hlId(),
          name: `${f.person.jobArea()} Consultation`,
          products: [],
        },
      },
      // Invoices: each order is its own invoice, so its own source id.
      { weight: 8, value: { type: 'invoice', subTypes: ['one_time', 'recurring'], name: 'Invoice', products: [] } },
      {
        weight: 2,
        value: { type: 'manual', subTypes: ['point_of_sale'], id: r.hlId(), name: 'Manual order', products: [] },
      },
    );
    return pool;
  }
}
