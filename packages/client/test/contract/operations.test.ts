// Every operation of the spec, driven through the client against a Prism mock
// of the spec with --errors: every request the client sends must validate
// (zero sl-violations), and every status the spec documents must come back as
// its typed error. The list of operations is the spec's: one added to the
// contract fails here until the client can call it.
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  createOrdersClient,
  InternalServerError,
  NotFoundError,
  type OrdersClient,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { violationCheckingFetch } from '../support/no-violations.js';

type Spec = { paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>> };
const spec = createRequire(import.meta.url)('@hl-orders/spec/openapi.json') as Spec;
const operations = Object.values(spec.paths).flatMap((item) => Object.values(item).filter((op) => op?.operationId));

const altId = '3SwdhCu3svxI8AKsPJt6';
const orderId = '653f5e0cde5a1314e62a837c';
const priceId = '6578278e879ad2646715ba9c';

/** One valid call per operation, through the resource API. */
const calls: Record<string, (c: OrdersClient) => PromiseLike<unknown>> = {
  'list-orders': (c) => c.orders.list({ altId, paymentStatus: 'paid', limit: 20 }),
  'get-order-by-id': (c) => c.orders.get(orderId, { altId }),
  'record-order-payment': (c) =>
    c.orders.recordPayment(orderId, {
      altId,
      mode: 'card',
      amount: 50,
      isPartialPayment: true,
      notes: 'Paid at the counter',
    }),
  'list-order-fulfillment': (c) => c.orders.fulfillments.list(orderId, { altId }),
  'create-order-fulfillment': (c) =>
    c.orders.fulfillments.create(orderId, {
      altId,
      items: [{ priceId, qty: 1 }],
      trackings: [{ trackingNumber: '40012345678', shippingCarrier: 'FedEx' }],
      notifyCustomer: true,
    }),
  'list-order-notes': (c) => c.orders.notes.list(orderId, { altId }),
};

function client(headers?: Record<string, string>, maxRetries = 2) {
  const fetch = violationCheckingFetch();
  const c = createOrdersClient({
    token: 'contract-test-token',
    baseUrl: inject('prismUrl'),
    headers,
    fetch,
    maxRetries,
  });
  return { fetch, c };
}

const classFor = (status: number) =>
  ({
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
  })[status] ?? (status >= 500 ? InternalServerError : APIError);

describe('every operation of the spec', () => {
  it('has a call here', () => {
    expect(Object.keys(calls).sort()).toEqual(operations.map((op) => op.operationId).sort());
  });

  it.each(operations.map((op) => op.operationId as string))(
    '%s: a valid call, accepted by the contract',
    async (id) => {
      const { c, fetch } = client();
      const answer = await calls[id]!(c);
      expect(answer).toBeTypeOf('object');
      expect(fetch.sent).toHaveLength(1);
    },
  );
});

const statusCases = operations.flatMap((op) =>
  Object.keys(op.responses)
    .filter((code) => !code.startsWith('2'))
    .map((code) => [op.operationId as string, Number(code)] as const),
);

describe('every documented error status comes back typed', () => {
  it.each(statusCases)('%s → %i', async (id, status) => {
    // Prism's answers don't change on a repeat: a retry would only wait. But a
    // write after a 5xx must not be sent twice even when retries are allowed.
    const write = id === 'record-order-payment' || id === 'create-order-fulfillment';
    const { c, fetch } = client({ Prefer: `code=${status}` }, write && status >= 500 ? 2 : 0);
    const error = await Promise.resolve(calls[id]!(c)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(classFor(status));
    expect((error as APIError).status).toBe(status);
    expect((error as Error).message).not.toContain('contract-test-token');
    if (write && status >= 500) {
      // A write that may have been applied is never sent twice.
      expect(fetch.sent).toHaveLength(1);
      expect((error as APIError).writeOutcome).toBe('unknown');
    }
  });
});
