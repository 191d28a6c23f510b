// Scripted changes to the list between requests, as beforeEach hooks: orders
// arriving at the front (or anywhere) and orders disappearing while a client
// pages. Positions drawn at random come from the server's seeded random
// numbers, so a failing run replays exactly.
import type { BeforeEachHook, RecordedRequest } from './behaviour.js';

/** Which requests a shift applies to: request indexes (0 = first), or a predicate. Default: every request. */
export type When = readonly number[] | ((request: RecordedRequest) => boolean);

export interface InsertOrdersOptions {
  /** Index to insert at (0: the front, the newest orders); `'random'` draws one each time. Default 0. */
  at?: number | 'random';
  when?: When;
}

export interface RemoveOrdersOptions {
  /**
   * A number: remove `count` consecutive orders from that index. An array: the
   * orders at those indexes (`count` is ignored). `'random'`: `count` distinct
   * random positions. Default `'random'`.
   */
  at?: number | readonly number[] | 'random';
  when?: When;
}

const applies = (when: When | undefined, request: RecordedRequest): boolean =>
  when === undefined || (typeof when === 'function' ? when(request) : when.includes(request.index));

/** A hook that inserts `count` fresh orders before the requests `when` selects. */
export function insertOrders(count: number, options: InsertOrdersOptions = {}): BeforeEachHook {
  const { at = 0, when } = options;
  return (request, list) => {
    if (!applies(when, request)) return;
    list.insert(at === 'random' ? list.random.int(0, list.size()) : at, count);
  };
}

/** A hook that removes `count` orders before the requests `when` selects. */
export function removeOrders(count: number, options: RemoveOrdersOptions = {}): BeforeEachHook {
  const { at = 'random', when } = options;
  return (request, list) => {
    if (!applies(when, request)) return;
    let positions: Set<number>;
    if (at === 'random') {
      const n = Math.min(count, list.size());
      positions = new Set();
      while (positions.size < n) positions.add(list.random.int(0, list.size() - 1));
    } else if (typeof at === 'number') positions = new Set(Array.from({ length: count }, (_, i) => at + i));
    else positions = new Set(at);
    list.remove((_order, index) => positions.has(index));
  };
}

/** Runs several hooks in order, e.g. an insert and a removal before the same request. */
export function allOf(...hooks: BeforeEachHook[]): BeforeEachHook {
  return (request, list) => {
    for (const hook of hooks) hook(request, list);
  };
}
