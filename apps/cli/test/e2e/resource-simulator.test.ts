// The per-order commands against the stateful simulator: `--mock` works for
// every one of them, and what a write changes shows in the next read, as it
// would against the live API; refused writes change nothing, and a write that
// may have been applied is sent exactly once.
import { type RunningSimulator, startSimulator } from '@hl-orders/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../support/run-cli.js';

const TOKEN = 'pit-e2e-simulator-3c9d1e7f2a';
const READ_ONLY = 'pit-e2e-read-only-8b2e4f6a1d';
const sims: RunningSimulator[] = [];

afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.stop()));
});

async function simulator() {
  const sim = await startSimulator({
    count: 20,
    seed: 7,
    rateLimit: false,
    token: TOKEN,
    tokens: { [READ_ONLY]: ['payments/orders.readonly'] },
  });
  sims.push(sim);
  const env = (token = TOKEN) => ({
    HIGHLEVEL_TOKEN: token,
    HIGHLEVEL_LOCATION_ID: sim.locationId,
    HIGHLEVEL_BASE_URL: sim.url,
  });
  // An order with something still due and something still to ship.
  const order = sim.orders().find((o) => {
    const ledger = sim.payments(o._id);
    const detail = sim.order(o._id);
    return (
      ledger &&
      ledger.due > 1 &&
      ledger.paymentStatus === 'unpaid' &&
      detail?.fulfillmentStatus === 'unfulfilled' &&
      (detail.items?.length ?? 0) > 0
    );
  });
  if (!order) throw new Error('the seed has no unpaid, unfulfilled order with items');
  return { sim, env, id: order._id };
}

describe('--mock works for every command', () => {
  it.each([
    ['get', ['orders', 'get']],
    ['fulfillments', ['orders', 'fulfillments']],
    ['notes', ['orders', 'notes']],
  ])('orders %s', async (_, command) => {
    const list = await run(['orders', 'list', '--mock', '--format', 'json', '--limit', '1']);
    const id = JSON.parse(list.stdout).data[0]._id as string;
    const result = await run([...command, id, '--mock', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toBeTypeOf('object');
  });

  it('the writes too, with --yes', async () => {
    const list = await run(['orders', 'list', '--mock', '--format', 'json', '--limit', '1']);
    const id = JSON.parse(list.stdout).data[0]._id as string;
    const order = JSON.parse((await run(['orders', 'get', id, '--mock', '--format', 'json'])).stdout);
    const priceId = order.items[0].price._id as string;
    const fulfil = await run(['orders', 'fulfil', id, '--item', `${priceId}:1`, '--mock', '--yes', '--format', 'json']);
    expect(fulfil.code, fulfil.stderr).toBe(0);
    const pay = await run(['orders', 'record-payment', id, '--mode', 'cash', '--mock', '--yes', '--format', 'json']);
    // A fresh simulator per run: this order may be paid already, which the API refuses with a 422.
    expect([0, 1], pay.stderr).toContain(pay.code);
  });
});

describe('writes change what the next read shows', () => {
  it('a partial payment, then the rest: partially_paid, then paid', async () => {
    const { sim, env, id } = await simulator();
    const due = sim.payments(id)!.due;
    const first = await run(
      ['orders', 'record-payment', id, '--mode', 'cash', '--amount', '1', '--partial', '--yes'],
      env(),
    );
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse((await run(['orders', 'get', id, '--format', 'json'], env())).stdout).paymentStatus).toBe(
      'partially_paid',
    );
    const rest = (Math.round((due - 1) * 100) / 100).toFixed(2);
    const second = await run(['orders', 'record-payment', id, '--mode', 'card', '--amount', rest, '--yes'], env());
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse((await run(['orders', 'get', id, '--format', 'json'], env())).stdout).paymentStatus).toBe('paid');
    // Paying again is refused by the API and says so in one line.
    const again = await run(['orders', 'record-payment', id, '--mode', 'cash', '--amount', '1', '--yes'], env());
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a fulfillment: listed, the status updated; shipping more than is left is one clear line', async () => {
    const { sim, env, id } = await simulator();
    const item = sim.order(id)!.items![0]!;
    const priceId = item.price!._id!;
    const ok = await run(['orders', 'fulfil', id, '--item', `${priceId}:1`, '--tracking', 'UPS:1Z999', '--yes'], env());
    expect(ok.code, ok.stderr).toBe(0);
    const listed = JSON.parse((await run(['orders', 'fulfillments', id, '--format', 'json'], env())).stdout);
    expect(listed.data).toHaveLength(1);
    expect(sim.fulfillments(id)).toHaveLength(1);
    expect(sim.order(id)!.fulfillmentStatus).not.toBe('unfulfilled');
    const tooMany = await run(['orders', 'fulfil', id, '--item', `${priceId}:${(item.qty ?? 1) + 5}`, '--yes'], env());
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr.trim().split('\n')).toHaveLength(1);
    expect(tooMany.stderr).toMatch(/422/);
    expect(sim.fulfillments(id)).toHaveLength(1);
  });

  it('a read-only token: exit 4, the scope the write needs named, nothing changed', async () => {
    const { sim, env, id } = await simulator();
    const before = sim.payments(id)!.paid;
    const result = await run(
      ['orders', 'record-payment', id, '--mode', 'cash', '--amount', '1', '--partial', '--yes'],
      env(READ_ONLY),
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('payments/orders.collectPayment');
    expect(sim.payments(id)!.paid).toBe(before);
  });

  it('a 500 after the payment was recorded: exit 1, "may have been applied", sent exactly once', async () => {
    const { sim, env, id } = await simulator();
    sim.fail({ kind: 'status', status: 500, operation: 'record-order-payment', applied: true });
    sim.resetStats();
    const result = await run(
      ['orders', 'record-payment', id, '--mode', 'cash', '--amount', '1', '--partial', '--yes', '--max-retries', '3'],
      env(),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/may have been (applied|recorded)/);
    expect(result.stderr).toMatch(/hl-orders orders get/);
    expect(sim.payments(id)!.payments).toHaveLength(1);
    expect(sim.stats().requests).toBe(1);
  });
});
