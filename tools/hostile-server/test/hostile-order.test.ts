// Broken orders and orders carrying hostile text, as a client would receive them.
import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXT_FIELDS, hostileOrder, terminalAttacks } from '../src/index.js';
import { useServer } from './support/use-server.js';

const start = useServer();

describe('hostileOrder', () => {
  it('fills every free-text field with the named string and keeps the id and dates', () => {
    const order = hostileOrder('oscWindowTitle');
    for (const field of HOSTILE_TEXT_FIELDS) expect(order[field], field).toBe(terminalAttacks.oscWindowTitle);
    expect(order._id).toMatch(/^[0-9a-f]{24}$/);
    expect(order.createdAt).toBe('2023-11-20T10:23:36.515Z');
  });

  it('breaks the id in each way asked, and keeps a given base otherwise', async () => {
    const server = await start();
    const base = server.list.makeOrder();
    expect('_id' in hostileOrder('missing-id', base)).toBe(false);
    expect(hostileOrder('empty-id', base)._id).toBe('');
    expect(hostileOrder('null-id', base)._id).toBeNull();
    expect(hostileOrder('numeric-id', base)._id).toBe(12345);
    expect(hostileOrder('string-numbers', base)).toMatchObject({ _id: base._id, amount: '100', liveMode: 'false' });
    expect(base.amount).toEqual(expect.any(Number));
  });

  it('reaches a client intact, control characters and all, from the list', async () => {
    const server = await start({ orders: 1 });
    const duplicate = server.list.makeOrder({ _id: server.list.all()[0]!._id });
    server.list.insert(0, [
      hostileOrder('ansiClearScreen', server.list.makeOrder()),
      hostileOrder('null-id'),
      duplicate,
    ]);
    const page = (await (await fetch(`${server.url}/payments/orders`)).json()) as {
      data: Record<string, unknown>[];
    };
    expect(page.data[0]!.contactName).toBe('\x1b[2J\x1b[H');
    expect(page.data[1]!._id).toBeNull();
    expect(page.data[2]!._id).toBe(page.data[3]!._id);
  });
});
