// The state of one order beyond its list item: its lines, what was paid and
// how, what was shipped, its notes. Starts from the derived seed
// (order-detail.ts) and changes only through record-payment, create-fulfillment
// and the handle's addNote.
import type { OrderNote } from '@hl-orders/types';
import type { RecordedPayment, SimulatedFulfillment } from '../views.js';
import type { DetailExtras, Line, OrderSeed } from './order-detail.js';

export class OrderLedger {
  readonly lines: readonly Line[];
  readonly extras: DetailExtras;
  paidCents: number;
  readonly payments: RecordedPayment[] = [];
  readonly fulfillments: SimulatedFulfillment[];
  readonly notes: OrderNote[];
  /** Units shipped per price id. */
  readonly #shipped = new Map<string, number>();

  constructor(seed: OrderSeed) {
    this.lines = seed.items;
    this.extras = seed.extras;
    this.paidCents = seed.paidCents;
    this.fulfillments = [...seed.fulfillments];
    this.notes = [...seed.notes];
    for (const { fulfillment } of seed.fulfillments) this.#ship(fulfillment.items);
  }

  get shipped(): ReadonlyMap<string, number> {
    return this.#shipped;
  }

  addFulfillment(fulfillment: SimulatedFulfillment): void {
    this.fulfillments.push(fulfillment);
    this.#ship(fulfillment.fulfillment.items);
  }

  #ship(items: readonly { readonly _id: string; readonly qty?: number }[]): void {
    for (const { _id, qty } of items) this.#shipped.set(_id, (this.#shipped.get(_id) ?? 0) + (qty ?? 0));
  }
}
