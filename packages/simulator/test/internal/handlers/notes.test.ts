// GET /payments/orders/{orderId}/notes: the spec's inferred envelope, the notes
// an order starts with, and those a test adds through the handle.
import type { OrderNote } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { call, NOTES_PATH } from '../../support/sim-client.js';
import { useSimulators } from '../../support/simulators.js';

const start = useSimulators();

describe('GET /payments/orders/{orderId}/notes', () => {
  it('lists the notes some orders start with', async () => {
    const sim = await start({ count: 40, seed: 4 });
    const counts = sim.orders().map((order) => sim.notes(order._id)?.length ?? 0);
    expect(counts.some((n) => n > 0)).toBe(true);
    expect(counts.some((n) => n === 0)).toBe(true);
    const withNotes = sim.orders()[counts.findIndex((n) => n > 0)]?._id;
    const answer = await call(sim, { path: NOTES_PATH, orderId: withNotes });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ status: true, data: sim.notes(withNotes as string) });
  });

  it('shows a note added through the handle, a text or an object as given', async () => {
    const sim = await start({ count: 5, seed: 4 });
    const orderId = sim.orders()[0]?._id as string;
    const before = sim.notes(orderId)?.length ?? 0;
    const text = sim.addNote(orderId, 'Customer asked to ship on Monday.');
    sim.addNote(orderId, { id: 'n1', note: 'shape seen live' });
    const { data } = (await call(sim, { path: NOTES_PATH, orderId })).json as { data: OrderNote[] };
    expect(data.slice(before)).toEqual([text, { id: 'n1', note: 'shape seen live' }]);
    expect(text).toMatchObject({ body: 'Customer asked to ship on Monday.' });
    expect(() => sim.addNote('0123456789abcdef01234567', 'x')).toThrow(/no order with _id/);
  });

  it('answers 404 for an unknown order and 422 without altType', async () => {
    const sim = await start({ count: 5 });
    expect((await call(sim, { path: NOTES_PATH, orderId: '0123456789abcdef01234567' })).status).toBe(404);
    const noType = await call(sim, { path: NOTES_PATH, orderId: sim.orders()[0]?._id, query: { altType: [] } });
    expect(noType.status).toBe(422);
    expect((noType.json as { message: string[] }).message).toEqual(['altType should not be empty']);
  });
});
