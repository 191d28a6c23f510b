// Every filter of the spec, over HTTP, against an expectation computed here
// independently from the simulator's own records.
import type { Order } from '@hl-orders/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, type SimulatedOrder, startSimulator } from '../../src/index.js';
import { type Query, walk } from '../support/sim-client.js';
import { useSimulators } from '../support/simulators.js';

const start = useSimulators();
let sim: RunningSimulator;
let records: readonly SimulatedOrder[];

// One simulator for the whole file (filters only read); useSimulators would
// stop it after the first test.
beforeAll(async () => {
  sim = await startSimulator({ count: 600, seed: 'filters', rateLimit: false });
  records = sim.records();
  return () => sim.stop();
});

/** The ids the simulator should return for a query: every page walked, in order. */
async function expectFilter(query: Query, predicate: (record: SimulatedOrder) => boolean): Promise<string[]> {
  const expected = records.filter(predicate).map((record) => record.order._id);
  const { ids, totals } = await walk(sim, query, 100);
  expect(ids).toEqual(expected);
  expect(new Set(totals)).toEqual(new Set([expected.length]));
  return ids;
}

const mostCommon = (values: (string | undefined)[]): string => {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

describe('filters', () => {
  it('status', async () => {
    const ids = await expectFilter({ status: 'refunded' }, (r) => r.order.status === 'refunded');
    expect(ids.length).toBeGreaterThan(0);
    expect(await expectFilter({ status: 'no-such-status' }, () => false)).toEqual([]);
  });

  it('paymentStatus, on the hidden payment status', async () => {
    for (const status of ['paid', 'unpaid', 'refunded', 'partially_paid'] as const) {
      const ids = await expectFilter({ paymentStatus: status }, (r) => r.paymentStatus === status);
      expect(ids.length, status).toBeGreaterThan(0);
    }
  });

  it('paymentMode: live and test map to liveMode; any other value matches nothing', async () => {
    const live = await expectFilter({ paymentMode: 'live' }, (r) => r.order.liveMode === true);
    const test = await expectFilter({ paymentMode: 'test' }, (r) => r.order.liveMode === false);
    expect(live.length + test.length).toBe(records.length);
    expect(test.length).toBeGreaterThan(0);
    expect(await expectFilter({ paymentMode: 'sandbox' }, () => false)).toEqual([]);
  });

  it('startAt and endAt: inclusive UTC days on createdAt', async () => {
    const day = records[100]!.order.createdAt.slice(0, 10);
    const sameDay = await expectFilter({ startAt: day, endAt: day }, (r) => r.order.createdAt.startsWith(day));
    expect(sameDay).toContain(records[100]!.order._id);
    const from = records[300]!.order.createdAt.slice(0, 10);
    const to = records[50]!.order.createdAt.slice(0, 10);
    const range = await expectFilter(
      { startAt: from, endAt: to },
      (r) => r.order.createdAt.slice(0, 10) >= from && r.order.createdAt.slice(0, 10) <= to,
    );
    expect(range.length).toBeGreaterThan(200);
    await expectFilter({ startAt: from }, (r) => r.order.createdAt.slice(0, 10) >= from);
    await expectFilter({ endAt: to }, (r) => r.order.createdAt.slice(0, 10) <= to);
  });

  it('startAt and endAt at the edges of a day include its first and last millisecond', async () => {
    const at = (iso: string, n: number): Order => ({
      _id: n.toString(16).padStart(24, '0'),
      altId: '3SwdhCu3svxI8AKsPJt6',
      altType: 'location',
      status: 'completed',
      sourceType: 'funnel',
      createdAt: iso,
      updatedAt: iso,
    });
    const edges = await start({
      rateLimit: false,
      orders: [
        at('2024-02-09T23:59:59.999Z', 1),
        at('2024-02-10T00:00:00.000Z', 2),
        at('2024-02-10T23:59:59.999Z', 3),
        at('2024-02-11T00:00:00.000Z', 4),
      ],
    });
    const { ids } = await walk(edges, { startAt: '2024-02-10', endAt: '2024-02-10' }, 10);
    expect(ids.map((id) => edges.orders().find((o) => o._id === id)?.createdAt)).toEqual([
      '2024-02-10T23:59:59.999Z',
      '2024-02-10T00:00:00.000Z',
    ]);
  });

  it('search: case-insensitive, in contactName, contactEmail and sourceName', async () => {
    const name = records[7]!.order.contactName!;
    const byName = await expectFilter({ search: name.split(' ')[1]!.toUpperCase() }, (r) =>
      [r.order.contactName, r.order.contactEmail, r.order.sourceName].some((text) =>
        text?.toLowerCase().includes(name.split(' ')[1]!.toLowerCase()),
      ),
    );
    expect(byName).toContain(records[7]!.order._id);

    const email = records[9]!.order.contactEmail!;
    expect(await expectFilter({ search: email }, (r) => r.order.contactEmail === email)).toContain(
      records[9]!.order._id,
    );
    const funnel = records.find((r) => r.order.sourceType === 'funnel')!.order.sourceName!;
    const bySource = await expectFilter({ search: funnel.toLowerCase() }, (r) =>
      [r.order.contactName, r.order.contactEmail, r.order.sourceName].some((text) =>
        text?.toLowerCase().includes(funnel.toLowerCase()),
      ),
    );
    expect(bySource.length).toBeGreaterThan(1);
    expect(await expectFilter({ search: 'zzzz-no-such-text' }, () => false)).toEqual([]);
  });

  it('an empty search is no filter', async () => {
    const { totals } = await walk(sim, { search: '' }, 100);
    expect(totals[0]).toBe(records.length);
  });

  it('contactId: every order of the contact, and only those', async () => {
    const contactId = mostCommon(records.map((r) => r.order.contactId));
    const ids = await expectFilter({ contactId }, (r) => r.order.contactId === contactId);
    expect(ids.length).toBeGreaterThan(1);
  });

  it('sourceId', async () => {
    const sourceId = mostCommon(records.map((r) => r.order.sourceId));
    const ids = await expectFilter({ sourceId }, (r) => r.order.sourceId === sourceId);
    expect(ids.length).toBeGreaterThan(1);
  });

  it('funnelProductIds: an order matches when it has any of the comma-separated ids', async () => {
    const withProducts = records.filter((r) => r.funnelProductIds.length > 0);
    const one = withProducts[0]!.funnelProductIds[0]!;
    const other = withProducts.find((r) => !r.funnelProductIds.includes(one))!.funnelProductIds[0]!;
    const onlyOne = await expectFilter({ funnelProductIds: one }, (r) => r.funnelProductIds.includes(one));
    const both = await expectFilter({ funnelProductIds: `${one}, ${other}` }, (r) =>
      r.funnelProductIds.some((id) => id === one || id === other),
    );
    expect(both.length).toBeGreaterThan(onlyOne.length);
    expect(await expectFilter({ funnelProductIds: 'ffffffffffffffffffffffff' }, () => false)).toEqual([]);
  });

  it('combines filters with AND', async () => {
    const contactId = mostCommon(records.map((r) => r.order.contactId));
    await expectFilter(
      { contactId, paymentStatus: 'paid', paymentMode: 'live' },
      (r) => r.order.contactId === contactId && r.paymentStatus === 'paid' && r.order.liveMode === true,
    );
    const day = records[200]!.order.createdAt.slice(0, 10);
    await expectFilter(
      { status: 'completed', endAt: day, search: 'a' },
      (r) =>
        r.order.status === 'completed' &&
        r.order.createdAt.slice(0, 10) <= day &&
        [r.order.contactName, r.order.contactEmail, r.order.sourceName].some((t) => t?.toLowerCase().includes('a')),
    );
  });
});
