// Every status the spec documents for every operation, produced by the
// simulator and validated against the spec with Ajv: the body schema of that
// status, the JSON content type, and the rate-limit headers on 200 and 429.
// Besides, every status the simulator has more than one way to produce (a 401
// for a missing scope, a 422 from the order's state, a 400 for a body that is
// not JSON). (Every other test's answers are validated too, through
// support/sim-client.ts.)
import { describe, expect, it } from 'vitest';
import type { OperationId, RunningSimulator } from '../src/index.js';
import { OPERATIONS } from '../src/operations.js';
import { type Answer, type Call, call, fulfillmentBody, get, paymentBody, type Query } from './support/sim-client.js';
import { fakeClock, useSimulators } from './support/simulators.js';
import { responseProblems, spec } from './support/validate-response.js';

const start = useSimulators();
const UNKNOWN_ORDER = '0123456789abcdef01234567';
const READ_ONLY = 'read-only-token';
const NO_VERSION = { Authorization: 'Bearer t' };
const NO_TOKEN = { Version: '2021-07-28' };

type Overrides = Partial<Pick<Call, 'orderId' | 'query' | 'body' | 'headers'>>;

/** One operation: how to send it, valid unless overridden, and how to break it. */
interface Operation {
  readonly path: string;
  readonly method: 'GET' | 'POST';
  /** A valid request's parts, for an order that can take it. */
  valid(sim: RunningSimulator): Overrides;
  /** Parts that fail the spec's rules (422). */
  invalid(sim: RunningSimulator): Overrides;
  /** Parts for another location (403). */
  elsewhere(sim: RunningSimulator): Overrides;
  /** Other ways to a status than the generic ones: `status: producer`. */
  readonly more?: Readonly<Record<string, (sim: RunningSimulator, send: Send) => Promise<Answer>>>;
}

type Send = (overrides?: Overrides) => Promise<Answer>;

const unpaid = (sim: RunningSimulator) =>
  sim.records().find((r) => r.paymentStatus === 'unpaid' && (r.order.amount ?? 0) > 1)?.order._id as string;
const unfulfilled = (sim: RunningSimulator) =>
  sim.records().find((r) => r.order.fulfillmentStatus === 'unfulfilled')?.order._id as string;
const firstLine = (sim: RunningSimulator, orderId: string) => {
  const item = sim.order(orderId)?.items?.[0];
  return { priceId: item?.price?._id as string, qty: item?.qty as number };
};
const readOnly = { Authorization: `Bearer ${READ_ONLY}`, Version: '2021-07-28' };

const read = (path: string): Operation => ({
  path,
  method: 'GET',
  valid: (sim) => ({ orderId: sim.orders()[0]?._id }),
  invalid: (sim) => ({ orderId: 'not-an-order-id', query: { altId: sim.locationId, altType: 'account' } }),
  elsewhere: (sim) => ({ orderId: sim.orders()[0]?._id, query: { altId: 'elsewhere', altType: 'location' } }),
});

const OPERATION_CASES: Record<OperationId, Operation> = {
  'list-orders': {
    path: '/payments/orders',
    method: 'GET',
    valid: () => ({ query: { limit: 100 } }),
    invalid: () => ({ query: { limit: 0, startAt: '2024-02-30' } }),
    elsewhere: () => ({ query: { altId: 'elsewhere' } }),
    // List Orders' 404 is the one of a path the API does not have (its body is ErrorResponse).
    more: { 404: (sim) => get(sim, {}, { path: '/payments/order', validate: false }) },
  },
  'get-order-by-id': read('/payments/orders/{orderId}'),
  'list-order-fulfillment': read('/payments/orders/{orderId}/fulfillments'),
  'list-order-notes': read('/payments/orders/{orderId}/notes'),
  'record-order-payment': {
    path: '/payments/orders/{orderId}/record-payment',
    method: 'POST',
    valid: (sim) => ({ orderId: unpaid(sim), body: paymentBody(sim) }),
    invalid: (sim) => ({ orderId: unpaid(sim), body: { altType: 'location', mode: 'crypto', extra: 1 } }),
    elsewhere: (sim) => ({ orderId: unpaid(sim), body: paymentBody(sim, { altId: 'elsewhere' }) }),
    more: {
      '400 (not JSON)': (sim, send) => send({ orderId: unpaid(sim), body: '{"altId":' }),
      '401 (no scope)': (sim, send) =>
        send({
          orderId: unpaid(sim),
          body: paymentBody(sim),
          headers: { ...readOnly, 'content-type': 'application/json' },
        }),
      '422 (overpayment)': (sim, send) =>
        send({ orderId: unpaid(sim), body: paymentBody(sim, { amount: 1e9, isPartialPayment: true }) }),
    },
  },
  'create-order-fulfillment': {
    path: '/payments/orders/{orderId}/fulfillments',
    method: 'POST',
    valid: (sim) => ({ orderId: unfulfilled(sim), body: fulfillmentBody(sim, [firstLine(sim, unfulfilled(sim))]) }),
    invalid: (sim) => ({ orderId: unfulfilled(sim), body: { ...fulfillmentBody(sim, []), notifyCustomer: 'yes' } }),
    elsewhere: (sim) => ({
      orderId: unfulfilled(sim),
      body: fulfillmentBody(sim, [firstLine(sim, unfulfilled(sim))], { altId: 'elsewhere' }),
    }),
    more: {
      '401 (no scope)': (sim, send) =>
        send({
          orderId: unfulfilled(sim),
          body: fulfillmentBody(sim, [firstLine(sim, unfulfilled(sim))]),
          headers: { ...readOnly, 'content-type': 'application/json' },
        }),
      '422 (over-fulfilment)': (sim, send) => {
        const line = firstLine(sim, unfulfilled(sim));
        return send({ orderId: unfulfilled(sim), body: fulfillmentBody(sim, [{ ...line, qty: line.qty + 1 }]) });
      },
    },
  },
};

/** The generic ways to each documented status, given how to send the operation. */
function producers(
  op: Operation,
  id: OperationId,
): Record<string, (sim: RunningSimulator, send: Send) => Promise<Answer>> {
  const failing = (status: 500 | 502 | 503 | 504, retryAfter?: number) => (sim: RunningSimulator, send: Send) => {
    sim.fail({ kind: 'status', status, retryAfter, operation: id });
    return send(op.valid(sim));
  };
  return {
    200: (sim, send) => send(op.valid(sim)),
    400: (sim, send) => send({ ...op.valid(sim), headers: NO_VERSION }),
    401: (sim, send) => send({ ...op.valid(sim), headers: NO_TOKEN }),
    403: (sim, send) => send(op.elsewhere(sim)),
    404: (sim, send) => send({ ...op.valid(sim), orderId: UNKNOWN_ORDER }),
    422: (sim, send) => send(op.invalid(sim)),
    429: async (sim, send) => {
      for (let i = 0; i < 3; i++) await send(op.valid(sim));
      return send(op.valid(sim));
    },
    500: failing(500),
    502: failing(502),
    503: failing(503, 5),
    504: failing(504),
    ...op.more,
  };
}

for (const facts of OPERATIONS) {
  const op = OPERATION_CASES[facts.id];
  const method = op.method.toLowerCase();
  const ways = producers(op, facts.id);

  describe(`${op.method} ${op.path}: every status conforms to the spec`, () => {
    const documented = Object.keys(spec.paths[op.path]?.[method]?.responses ?? {});

    it('has a way to produce each documented status', () => {
      expect(documented.length).toBeGreaterThan(0);
      for (const status of documented) expect(Object.keys(ways), status).toContain(status);
    });

    for (const [label, produce] of Object.entries(ways)) {
      const status = Number(label.split(' ')[0]);
      it(label, async () => {
        const clock = fakeClock('2026-11-22T12:00:00.000Z');
        const sim = await start({
          count: 120,
          seed: 'conformance',
          clock: clock.read,
          rateLimit: { max: 3, intervalMs: 1000 },
          tokens: {
            t: ['payments/orders.readonly', 'payments/orders.write', 'payments/orders.collectPayment'],
            [READ_ONLY]: ['payments/orders.readonly'],
          },
        });
        const send: Send = (overrides = {}) =>
          call(sim, {
            method: op.method,
            path: op.path,
            ...overrides,
            headers: {
              ...(overrides.headers ?? { Authorization: 'Bearer t', Version: '2021-07-28' }),
              ...(op.method === 'POST' ? { 'content-type': 'application/json' } : {}),
            },
            validate: false,
          });
        const answer = await produce(sim, send);
        expect(answer.status, answer.text).toBe(status);
        expect(responseProblems(answer, op.path, method)).toEqual([]);
        if (status === 200 || status === 429) {
          for (const header of ['x-ratelimit-max', 'x-ratelimit-remaining', 'x-ratelimit-interval-milliseconds']) {
            expect(answer.headers.get(header)).toMatch(/^\d+$/);
          }
        }
        if (status === 429) expect(answer.headers.get('retry-after')).toBe('1');
        if (status === 503) expect(answer.headers.get('retry-after')).toBe('5');
      });
    }
  });
}

describe('GET /payments/orders: more answers that conform', () => {
  it('a daily 429', async () => {
    const clock = fakeClock('2026-11-22T12:00:00.000Z');
    const sim = await start({ count: 5, clock: clock.read, rateLimit: { daily: 1 } });
    await get(sim);
    const answer = await get(sim);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('x-ratelimit-daily-remaining')).toBe('0');
    expect(responseProblems(answer)).toEqual([]);
  });

  it('pages of every size and filter, including an empty one', async () => {
    const sim = await start({ count: 400, seed: 'conformance', rateLimit: false });
    const queries: Query[] = [{ limit: 1 }, { limit: 100, offset: 300 }, { status: 'refunded' }, { search: 'none' }];
    for (const query of queries) {
      const answer = await get(sim, query, { validate: false });
      expect(responseProblems(answer), JSON.stringify(query)).toEqual([]);
    }
  });
});

describe('the orders of one simulator conform in every shape', () => {
  it('every order in detail, its fulfillments and its notes', async () => {
    const sim = await start({ count: 150, seed: 'shapes', rateLimit: false });
    for (const order of sim.orders()) {
      for (const path of [
        '/payments/orders/{orderId}',
        '/payments/orders/{orderId}/fulfillments',
        '/payments/orders/{orderId}/notes',
      ]) {
        const answer = await call(sim, { path, orderId: order._id, validate: false });
        expect(responseProblems(answer, path, 'get'), `${path} ${order._id}`).toEqual([]);
      }
    }
  });
});
