// Holds the orders in listing order and answers pages quickly: the filtered,
// sorted view for each distinct set of filters is computed once and kept until
// the orders change (an insertion, a payment, a fulfillment), so paging
// through 100,000 orders does not re-filter them on every request.
import type { Order } from '@hl-orders/types';
import { matcher } from './filters.js';
import { filterKey, hasNoFilter, type OrderFilters } from './list-query.js';
import { compareRecords, type OrderRecord } from './order-record.js';

/** How many filtered views to keep; the oldest is dropped beyond that. */
const MAX_VIEWS = 64;

const OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

/** One page, serialised, with the number of orders matching the filters. */
export interface Page {
  /** The JSON body of the 200 answer, as UTF-8 bytes. */
  readonly body: Buffer;
  readonly totalCount: number;
  readonly size: number;
}

export class OrderStore {
  /** Every order, newest first (see compareRecords). */
  #records: OrderRecord[];
  #byId = new Map<string, OrderRecord>();
  #views = new Map<string, readonly OrderRecord[]>();
  #publicOrders: readonly Order[] | undefined;

  constructor(records: readonly OrderRecord[]) {
    for (const record of records) {
      if (this.#byId.has(record.order._id)) throw new TypeError(`duplicate order _id ${record.order._id}`);
      this.#byId.set(record.order._id, record);
    }
    this.#records = [...records].sort(compareRecords);
  }

  /** The newest record, if any. */
  get newest(): OrderRecord | undefined {
    return this.#records[0];
  }

  records(): readonly OrderRecord[] {
    return this.#records;
  }

  /** The orders in listing order; one frozen array per state, shared between callers. */
  orders(): readonly Order[] {
    this.#publicOrders ??= Object.freeze(this.#records.map((record) => record.order));
    return this.#publicOrders;
  }

  /** Inserts records at their place in listing order and drops every cached view. */
  insert(records: readonly OrderRecord[]): void {
    for (const record of records) {
      if (this.#byId.has(record.order._id)) throw new TypeError(`duplicate order _id ${record.order._id}`);
      this.#byId.set(record.order._id, record);
      this.#records.splice(this.#insertionIndex(record), 0, record);
    }
    this.#changed();
  }

  /** The record of the order with this `_id`, if there is one. */
  get(id: string): OrderRecord | undefined {
    return this.#byId.get(id);
  }

  /** Puts a changed record (same `_id` and `createdAt`) in place of the current one. */
  replace(record: OrderRecord): void {
    const current = this.#byId.get(record.order._id);
    if (!current || current.createdMs !== record.createdMs) {
      throw new Error(`order ${record.order._id}: only a stored order can be replaced, with the same createdAt`);
    }
    // The record sorts where the current one does: the first position not before it.
    this.#records[this.#insertionIndex(current) - 1] = record;
    this.#byId.set(record.order._id, record);
    this.#changed();
  }

  #changed(): void {
    this.#views.clear();
    this.#publicOrders = undefined;
  }

  /** The orders matching the filters, in listing order (cached per filter set). */
  view(filters: OrderFilters): readonly OrderRecord[] {
    if (hasNoFilter(filters)) return this.#records;
    const key = filterKey(filters);
    let view = this.#views.get(key);
    if (!view) {
      view = this.#records.filter(matcher(filters));
      if (this.#views.size >= MAX_VIEWS) {
        const oldest = this.#views.keys().next().value;
        if (oldest !== undefined) this.#views.delete(oldest);
      }
      this.#views.set(key, view);
    }
    return view;
  }

  /** The page at `offset` of at most `limit` orders, as the JSON body of a 200. */
  page(filters: OrderFilters, limit: number, offset: number): Page {
    const view = this.view(filters);
    const slice = view.slice(offset, offset + limit);
    const parts: Buffer[] = [OPEN];
    slice.forEach((record, i) => {
      if (i > 0) parts.push(COMMA);
      parts.push(record.json);
    });
    parts.push(Buffer.from(`],"totalCount":${view.length}}`));
    return { body: Buffer.concat(parts), totalCount: view.length, size: slice.length };
  }

  /** Binary search for the first position whose record sorts after `record`. */
  #insertionIndex(record: OrderRecord): number {
    let low = 0;
    let high = this.#records.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareRecords(this.#records[mid] as OrderRecord, record) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
