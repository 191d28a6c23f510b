// The Orders resource beyond the list: one order in detail, its payments, its
// fulfillments and its notes. Each order's state is derived on first use and
// kept; every change also updates the order's list item in the store
// (paymentStatus, fulfillmentStatus, updatedAt), so List Orders and its
// filters see it at once.
import type {
  CreateOrderFulfillmentBody,
  Fulfillment,
  OrderDetail,
  OrderNote,
  RecordOrderPaymentBody,
} from '@hl-orders/types';
import type { PaymentLedger, SimulatedFulfillment } from '../views.js';
import { decideFulfillment, fulfillmentStatusOf } from './fulfillment-rules.js';
import type { ObjectIdFactory } from './object-id.js';
import { type DetailDeriver, toCents } from './order-detail.js';
import { OrderLedger } from './order-ledger.js';
import type { OrderRecord } from './order-record.js';
import type { OrderStore } from './order-store.js';
import { decidePayment } from './payment-rules.js';

/** A change the rules allow, not made yet: `apply` makes it (the pipeline may serve a failure instead). */
export type Planned<T> =
  | { readonly ok: true; apply(): T }
  | { readonly ok: false; readonly problems: readonly string[] }
  | undefined;

export class OrderResource {
  readonly #store: OrderStore;
  readonly #deriver: DetailDeriver;
  readonly #ids: ObjectIdFactory;
  readonly #clock: () => number;
  readonly #ledgers = new Map<string, OrderLedger>();

  constructor(store: OrderStore, deriver: DetailDeriver, ids: ObjectIdFactory, clock: () => number) {
    this.#store = store;
    this.#deriver = deriver;
    this.#ids = ids;
    this.#clock = clock;
  }

  /** The order and its state, if the order exists (and, when `altId` is given, belongs to that location). */
  #find(id: string, altId?: string): { record: OrderRecord; ledger: OrderLedger } | undefined {
    const record = this.#store.get(id);
    if (!record || (altId !== undefined && record.order.altId !== altId)) return undefined;
    let ledger = this.#ledgers.get(id);
    if (!ledger) {
      ledger = new OrderLedger(this.#deriver.derive(record));
      this.#ledgers.set(id, ledger);
    }
    return { record, ledger };
  }

  /** The order as Get Order answers it. */
  detail(id: string, altId?: string): OrderDetail | undefined {
    const found = this.#find(id, altId);
    if (!found) return undefined;
    const { order, paymentStatus } = found.record;
    const { extras, lines } = found.ledger;
    // OrderBase's fields from the list item, so both shapes agree, in the spec example's order.
    const detail: OrderDetail = { _id: order._id, altId: order.altId, altType: order.altType } as OrderDetail;
    if (order.contactId !== undefined) detail.contactId = order.contactId;
    if (order.currency !== undefined) detail.currency = order.currency;
    if (order.amount !== undefined) detail.amount = order.amount;
    detail.status = order.status;
    detail.paymentStatus = paymentStatus;
    if (order.liveMode !== undefined) detail.liveMode = order.liveMode;
    if (order.fulfillmentStatus !== undefined) detail.fulfillmentStatus = order.fulfillmentStatus;
    detail.createdAt = order.createdAt;
    detail.updatedAt = order.updatedAt;
    const { contactSnapshot, amountSummary, source, coupon, trackingId, fingerprint, markAsTest, traceId } = extras;
    if (contactSnapshot !== undefined) detail.contactSnapshot = contactSnapshot;
    if (amountSummary !== undefined) detail.amountSummary = amountSummary;
    if (source !== undefined) detail.source = source;
    detail.items = [...lines];
    if (coupon !== undefined) detail.coupon = coupon;
    if (trackingId !== undefined) detail.trackingId = trackingId;
    if (fingerprint !== undefined) detail.fingerprint = fingerprint;
    if (markAsTest !== undefined) detail.markAsTest = markAsTest;
    if (traceId !== undefined) detail.traceId = traceId;
    return structuredClone(detail);
  }

  /** What the order costs, what was paid and what is due. */
  payments(id: string): PaymentLedger | undefined {
    const found = this.#find(id);
    if (!found) return undefined;
    const { record, ledger } = found;
    const amountCents = toCents(record.order.amount);
    return {
      currency: record.order.currency,
      amount: amountCents / 100,
      paid: ledger.paidCents / 100,
      due: record.paymentStatus === 'refunded' ? 0 : Math.max(0, amountCents - ledger.paidCents) / 100,
      paymentStatus: record.paymentStatus,
      payments: structuredClone(ledger.payments),
    };
  }

  fulfillments(id: string, altId?: string): SimulatedFulfillment[] | undefined {
    const found = this.#find(id, altId);
    return found && structuredClone(found.ledger.fulfillments);
  }

  notes(id: string, altId?: string): OrderNote[] | undefined {
    const found = this.#find(id, altId);
    return found && structuredClone(found.ledger.notes);
  }

  /** Adds a note: a text becomes `{ _id, body, createdAt }`; an object is kept as given. */
  addNote(id: string, note: string | OrderNote): OrderNote {
    const found = this.#find(id);
    if (!found) throw new RangeError(`addNote: there is no order with _id ${id}`);
    const now = this.#now(found.record);
    const added =
      typeof note === 'string'
        ? { _id: this.#ids.next(now), body: note, createdAt: new Date(now).toISOString() }
        : structuredClone(note);
    found.ledger.notes.push(added);
    return structuredClone(added);
  }

  /** Checks a payment against the order's state; `apply` records it. Undefined: no such order. */
  planPayment(id: string, altId: string, body: RecordOrderPaymentBody): Planned<void> {
    const found = this.#find(id, altId);
    if (!found) return undefined;
    const { record, ledger } = found;
    const decision = decidePayment(
      {
        orderId: id,
        currency: record.order.currency,
        amountCents: toCents(record.order.amount),
        paidCents: ledger.paidCents,
        paymentStatus: record.paymentStatus,
      },
      body,
    );
    if (!decision.ok) return decision;
    return {
      ok: true,
      apply: () => {
        const now = this.#now(record);
        ledger.paidCents += decision.cents;
        const { mode, card, cheque, notes, meta } = body;
        ledger.payments.push({
          mode,
          amount: decision.cents / 100,
          isPartialPayment: body.isPartialPayment === true,
          ...(card === undefined ? {} : { card }),
          ...(cheque === undefined ? {} : { cheque }),
          ...(notes === undefined ? {} : { notes }),
          ...(meta === undefined ? {} : { meta }),
          recordedAt: new Date(now).toISOString(),
        });
        this.#store.replace(
          record.with({ paymentStatus: decision.paymentStatus, updatedAt: new Date(now).toISOString() }),
        );
      },
    };
  }

  /** Checks a fulfillment against the order's lines and what shipped; `apply` creates it. Undefined: no such order. */
  planFulfillment(id: string, altId: string, body: CreateOrderFulfillmentBody): Planned<Fulfillment> {
    const found = this.#find(id, altId);
    if (!found) return undefined;
    const { record, ledger } = found;
    const decision = decideFulfillment(id, ledger.lines, ledger.shipped, body.items);
    if (!decision.ok) return decision;
    return {
      ok: true,
      apply: () => {
        const now = this.#now(record);
        const at = new Date(now).toISOString();
        const fulfillment: Fulfillment = {
          _id: this.#ids.next(now),
          altId: record.order.altId,
          altType: record.order.altType,
          trackings: structuredClone(body.trackings),
          items: decision.lines.map(({ line, qty }) => ({
            _id: line.price._id,
            name: line.name,
            qty,
            price: line.price,
            product: line.product,
          })),
          createdAt: at,
          updatedAt: at,
        };
        ledger.addFulfillment({ fulfillment, notifyCustomer: body.notifyCustomer });
        this.#store.replace(
          record.with({ fulfillmentStatus: fulfillmentStatusOf(ledger.lines, ledger.shipped), updatedAt: at }),
        );
        return structuredClone(fulfillment);
      },
    };
  }

  /** The clock, never before the order was created (a fake clock may lag the generated history). */
  #now(record: OrderRecord): number {
    return Math.max(this.#clock(), record.createdMs);
  }
}
