// The handle: where it listens, what it holds, and that stop() leaves nothing
// behind, keep-alive connections included.
import http from 'node:http';
import net, { type Socket } from 'node:net';
import type { Order } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCATION_ID, startSimulator } from '../src/index.js';
import { GOOD_HEADERS, listUrl, page } from './support/sim-client.js';
import { useSimulators } from './support/simulators.js';

const start = useSimulators();
/** Resolves with the error code of a TCP connection attempt, or 'connected'. */
const connect = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });

describe('startSimulator', () => {
  it('listens on 127.0.0.1 on a free port, for the default location and 250 orders', async () => {
    const sim = await start();
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.locationId).toBe(DEFAULT_LOCATION_ID);
    expect(sim.orders()).toHaveLength(250);
    expect((await page(sim)).totalCount).toBe(250);
  });

  it('listens on the port it is given', async () => {
    const probe = await start({ count: 1 });
    const port = probe.port;
    await probe.stop();
    const sim = await start({ count: 1, port });
    expect(sim.port).toBe(port);
  });

  it('serves the orders it is given, plain or with hidden attributes, copied and frozen', async () => {
    const base = {
      altId: 'loc',
      altType: 'location',
      sourceType: 'funnel',
      createdAt: '2024-05-01T10:00:00.000Z',
      updatedAt: '2024-05-01T10:00:00.000Z',
    };
    const plain: Order = { ...base, _id: 'a'.repeat(24), status: 'completed' };
    const sim = await start({
      locationId: 'loc',
      orders: [
        plain,
        {
          order: { ...base, _id: 'b'.repeat(24), status: 'pending', createdAt: '2024-06-01T00:00:00.000Z' },
          paymentStatus: 'partially_paid',
          funnelProductIds: ['p1'],
        },
      ],
    });
    expect(sim.orders().map((o) => o._id)).toEqual(['b'.repeat(24), 'a'.repeat(24)]);
    expect(sim.records().map((r) => [r.paymentStatus, r.funnelProductIds])).toEqual([
      ['partially_paid', ['p1']],
      ['paid', []],
    ]);
    expect(Object.isFrozen(plain)).toBe(false);
    expect(Object.isFrozen(sim.orders()[0])).toBe(true);
    expect((await page(sim, { funnelProductIds: 'p1' })).data.map((o) => o._id)).toEqual(['b'.repeat(24)]);
  });

  it('refuses given orders it cannot serve', async () => {
    const order = { altId: 'l', altType: 'location', status: 's', sourceType: 'x', updatedAt: '2024-01-01T00:00:00Z' };
    await expect(
      startSimulator({ orders: [{ ...order, _id: '', createdAt: '2024-01-01T00:00:00Z' }] }),
    ).rejects.toThrow(/needs an _id/);
    await expect(startSimulator({ orders: [{ ...order, _id: 'x', createdAt: 'nope' }] })).rejects.toThrow(/createdAt/);
    const twice = { ...order, _id: 'x', createdAt: '2024-01-01T00:00:00Z' };
    await expect(startSimulator({ orders: [twice, twice] })).rejects.toThrow(/duplicate order _id x/);
  });

  it('gives one frozen orders() array per state', async () => {
    const sim = await start({ count: 3 });
    const before = sim.orders();
    expect(sim.orders()).toBe(before);
    expect(Object.isFrozen(before)).toBe(true);
    sim.insertOrders(1);
    expect(sim.orders()).not.toBe(before);
    expect(before).toHaveLength(3);
  });
});

describe('stop', () => {
  it('stops listening, closes keep-alive connections, and can be called twice', async () => {
    const sim = await startSimulator({ count: 5 });
    expect(await connect(sim.port)).toBe('connected');

    const agent = new http.Agent({ keepAlive: true });
    // Wrapped in an object: resolving with the promise itself would wait for it.
    const { socket, closed } = await new Promise<{ socket: Socket; closed: Promise<void> }>((resolve, reject) => {
      http
        .get(listUrl(sim), { agent, headers: GOOD_HEADERS }, (res) => {
          // Taken now: once the body is read the socket goes back to the agent's idle pool.
          const socket = res.socket;
          const closed = new Promise<void>((done) => socket.once('close', () => done()));
          res.resume();
          res.on('end', () => resolve({ socket, closed }));
        })
        .on('error', reject);
    });
    expect(socket.destroyed).toBe(false); // idle, kept alive

    await sim.stop();
    await closed; // the server closed the idle keep-alive connection
    await sim.stop();
    expect(await connect(sim.port)).toBe('ECONNREFUSED');
    await expect(fetch(listUrl(sim), { headers: GOOD_HEADERS })).rejects.toThrow();
    agent.destroy();
  });
});
