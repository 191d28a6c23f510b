// The listing invariant, whatever the server does between two pages: every
// order that exists for the whole listing is yielded exactly once; orders
// created or deleted meanwhile may appear or not, but nothing ever twice.
// Checked on random lists, random inserts and deletes at random places, random
// failures, and a listing interrupted at a random page and resumed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrdersClient, type FetchLike, type ListPosition, type Order } from '../../src/index.js';
import { order } from '../support/fake-api.js';

type Change =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'deleteDelivered' };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(1000),
      count: fc.integer({ min: 1, max: 25 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(1000),
      count: fc.integer({ min: 1, max: 25 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'deleteDelivered' as const }) },
);

/** A List Orders server over a mutable list; `plan[n]` changes it before request n; `fails` fail with 503. */
function server(initial: number, plan: Map<number, Change[]>, fails: Set<number>, delivered: Set<string>) {
  let next = 100_000;
  const list: Order[] = Array.from({ length: initial }, (_, i) => order(initial - i));
  const removed = new Set<string>();
  let requests = 0;
  const fetch: FetchLike = async (request) => {
    const n = requests++;
    for (const c of plan.get(n) ?? []) {
      if (c.kind === 'insert') {
        const at = list.length ? c.at % (list.length + 1) : 0;
        list.splice(at, 0, ...Array.from({ length: c.count }, () => order(next++)));
      } else {
        const victims =
          c.kind === 'delete'
            ? list.slice(list.length ? c.at % list.length : 0).slice(0, c.count)
            : list.filter((o) => delivered.has(o._id));
        for (const v of victims) removed.add(v._id);
        for (let i = list.length - 1; i >= 0; i--) if (removed.has((list[i] as Order)._id)) list.splice(i, 1);
      }
    }
    if (fails.has(n))
      return Response.json(
        { statusCode: 503, message: 'try again' },
        { status: 503, headers: { 'retry-after': '0.001' } },
      );
    const url = new URL(request.url);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    return Response.json({ data: list.slice(offset, offset + limit), totalCount: list.length });
  };
  const initialIds = list.map((o) => o._id);
  return { fetch, initialIds, removed, requests: () => requests };
}

const scenario = fc.record({
  size: fc.nat(180),
  pageSize: fc.integer({ min: 2, max: 25 }),
  plan: fc.array(fc.tuple(fc.nat(60), change), { maxLength: 12 }),
  fails: fc.array(fc.nat(60), { maxLength: 6 }),
  stopAfterPages: fc.nat(12),
  window: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

function planOf(entries: [number, Change][]): Map<number, Change[]> {
  const plan = new Map<number, Change[]>();
  for (const [n, c] of entries) plan.set(n, [...(plan.get(n) ?? []), c]);
  return plan;
}

function check(initialIds: string[], removed: Set<string>, ids: string[]) {
  expect(new Set(ids).size, 'an order was yielded twice').toBe(ids.length);
  const got = new Set(ids);
  const missing = initialIds.filter((id) => !removed.has(id) && !got.has(id));
  expect(missing, 'orders that existed all along were missed').toEqual([]);
}

const client = (fetch: FetchLike) =>
  createOrdersClient({ token: 'secret-token', fetch, rateLimiter: false, maxRetries: 6, timeout: 5_000 });

describe('listing while the list changes', () => {
  it('yields every order that exists throughout exactly once, and nothing twice', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ size, pageSize, plan, fails }) => {
        const delivered = new Set<string>();
        const api = server(size, planOf(plan), new Set(fails), delivered);
        const ids: string[] = [];
        for await (const o of client(api.fetch).orders.list({ altId: 'loc', limit: pageSize })) {
          ids.push(o._id);
          delivered.add(o._id);
        }
        check(api.initialIds, api.removed, ids);
      }),
      { numRuns: Number(process.env.HL_ORDERS_PROPERTY_RUNS ?? 300) },
    );
  }, 240_000);

  it('the same after an interruption at a random page and a resume from the last position', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ size, pageSize, plan, fails, stopAfterPages, window }) => {
        const delivered = new Set<string>();
        const api = server(size, planOf(plan), new Set(fails), delivered);
        const ids: string[] = [];
        let position: ListPosition | undefined;
        let pages = 0;
        for await (const page of client(api.fetch).orders.list({ altId: 'loc', limit: pageSize }).pages()) {
          for (const o of page.fresh) {
            ids.push(o._id);
            delivered.add(o._id);
          }
          position = page.position;
          if (++pages > stopAfterPages) break;
        }
        // A new process: only the position and the output (the ids written) survive.
        const resumed = client(api.fetch).orders.list(
          { altId: 'loc', limit: pageSize },
          { resume: position, dedupeWindow: window, seenIds: async () => [...ids] },
        );
        for await (const o of resumed) {
          ids.push(o._id);
          delivered.add(o._id);
        }
        check(api.initialIds, api.removed, ids);
      }),
      { numRuns: Number(process.env.HL_ORDERS_PROPERTY_RUNS ?? 300) },
    );
  }, 240_000);
});
