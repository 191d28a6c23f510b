// The server-side list of orders, in listing order (index 0 is the first order
// of the first page). The honest handler pages through it on every request, so
// a test that changes it between two requests sees what a client sees when
// orders arrive or disappear while it pages.
import type { Order } from '@hl-orders/types';
import { OrderFactory } from './internal/order-factory.js';
import type { Random } from './random.js';

/**
 * Fields to set on a generated order. `undefined` removes the field (an order
 * without `_id`); `null` and fields the contract does not know are kept, so
 * broken orders can be made on purpose.
 */
export type OrderOverrides = { [K in keyof Order]?: Order[K] | null } & { [field: string]: unknown };

/** The live, mutable list the default handler pages through. */
export interface OrderList {
  /** A copy of every order, in listing order. */
  all(): Order[];
  /** Number of orders in the list (the honest `totalCount`). */
  size(): number;
  /** The first order whose `_id` is `id`, if any. */
  get(id: string): Order | undefined;
  /** The orders from `offset`, at most `limit` of them. */
  page(offset: number, limit: number): Order[];
  /**
   * Inserts orders before position `index` (clamped to 0..size; 0 is the front
   * of the first page). A number makes that many fresh orders.
   * @returns the inserted orders, in list order.
   */
  insert(index: number, countOrOrders: number | readonly Order[]): Order[];
  /**
   * Removes the orders whose `_id` is in `ids`, or for which `predicate` is true.
   * @returns the removed orders, in the order they were listed.
   */
  remove(idsOrPredicate: readonly string[] | ((order: Order, index: number) => boolean)): Order[];
  /** Replaces the whole list. */
  replace(orders: readonly Order[]): void;
  /**
   * A fresh order (not inserted): contract-valid, with an id no other order of
   * this list was given, newer than every order made before. See {@link OrderOverrides}.
   */
  makeOrder(overrides?: OrderOverrides): Order;
  /** The location id (`altId`) of generated orders. */
  readonly altId: string;
  /** The server's seeded random numbers, for scripted shifts. */
  readonly random: Random;
}

/** An {@link OrderList} of `initial` orders: a number generates that many, oldest last. */
export function createOrderList(initial: number | readonly Order[], random: Random): OrderList {
  const factory = new OrderFactory(random);
  const make = (overrides?: OrderOverrides): Order => {
    const order: Record<string, unknown> = { ...factory.next() };
    for (const [field, value] of Object.entries(overrides ?? {})) {
      if (value === undefined) delete order[field];
      else order[field] = value;
    }
    // Deliberately typed as an Order: the point of overrides is to break the contract.
    return order as Order;
  };
  const fresh = (count: number): Order[] => {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`order count must be a whole number >= 0: ${count}`);
    // Made oldest first, listed newest first, like the API's default sort.
    return Array.from({ length: count }, () => make()).reverse();
  };
  let orders: Order[] = typeof initial === 'number' ? fresh(initial) : [...initial];

  return {
    altId: factory.altId,
    random,
    all: () => [...orders],
    size: () => orders.length,
    get: (id) => orders.find((order) => order._id === id),
    page: (offset, limit) => orders.slice(offset, offset + limit),
    insert(index, countOrOrders) {
      const added = typeof countOrOrders === 'number' ? fresh(countOrOrders) : [...countOrOrders];
      const at = Math.min(Math.max(0, Math.trunc(index)), orders.length);
      orders.splice(at, 0, ...added);
      return added;
    },
    remove(idsOrPredicate) {
      const matches =
        typeof idsOrPredicate === 'function'
          ? idsOrPredicate
          : (order: Order) => (idsOrPredicate as readonly string[]).includes(order._id);
      const removed: Order[] = [];
      orders = orders.filter((order, index) => {
        if (!matches(order, index)) return true;
        removed.push(order);
        return false;
      });
      return removed;
    },
    replace(next) {
      orders = [...next];
    },
    makeOrder: make,
  };
}
