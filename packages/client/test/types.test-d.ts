// Type-level tests: the public types follow the spec, and a wrong parameter name
// or type does not compile. A spec edit that changes a parameter's type breaks
// these after `pnpm generate`.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createOrdersClient,
  type ListOrdersQuery,
  type ListOrdersResponse,
  type Order,
  type OrderDetail,
  type PaymentStatus,
  type RecordOrderPaymentResponse,
} from '../src/index.js';

const client = createOrdersClient({ token: 't' });

describe('query parameters', () => {
  it('have the spec types', () => {
    expectTypeOf<ListOrdersQuery['altId']>().toEqualTypeOf<string>();
    expectTypeOf<ListOrdersQuery['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListOrdersQuery['offset']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListOrdersQuery['startAt']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ListOrdersQuery['altType']>().toEqualTypeOf<'location' | undefined>();
    expectTypeOf<PaymentStatus>().toEqualTypeOf<'paid' | 'unpaid' | 'refunded' | 'partially_paid'>();
    expectTypeOf<keyof ListOrdersQuery>().toEqualTypeOf<
      | 'altId'
      | 'altType'
      | 'locationId'
      | 'status'
      | 'paymentStatus'
      | 'paymentMode'
      | 'startAt'
      | 'endAt'
      | 'search'
      | 'contactId'
      | 'funnelProductIds'
      | 'sourceId'
      | 'limit'
      | 'offset'
    >();
  });

  it('reject a wrong name or type', () => {
    // @ts-expect-error altId is required
    void client.orders.list({});
    // @ts-expect-error no such parameter
    void client.orders.list({ altId: 'a', locatonId: 'typo' });
    // @ts-expect-error limit is a number
    void client.orders.list({ altId: 'a', limit: '10' });
    // @ts-expect-error not a payment status
    void client.orders.list({ altId: 'a', paymentStatus: 'pending' });
    // @ts-expect-error the raw client checks types too (openapi-fetch infers its
    // init generically, so only orders.list also catches a misspelt name)
    void client.GET('/payments/orders', { params: { query: { altId: 'a', offset: '0' } } });
    // @ts-expect-error only the documented path exists
    void client.GET('/payments/order', {});
  });

  it('the other operations take their ids, queries and bodies typed from the spec', () => {
    // @ts-expect-error the order id comes first
    void client.orders.get({ altId: 'a' });
    // @ts-expect-error not a payment mode
    void client.orders.recordPayment('id', { altId: 'a', mode: 'bitcoin' });
    void client.orders.fulfillments.create('id', {
      altId: 'a',
      // @ts-expect-error items are { priceId, qty }
      items: [{ price: 'p' }],
      trackings: [],
      notifyCustomer: false,
    });
    expectTypeOf(client.orders.recordPayment).toBeCallableWith('id', { altId: 'a', mode: 'cash' });
  });

  it('let the raw client omit the Version header the client adds', () => {
    expectTypeOf(client.GET).toBeCallableWith('/payments/orders', { params: { query: { altId: 'a' } } });
  });
});

describe('responses', () => {
  it('are typed from the spec', () => {
    // One name for a list: awaited, the first page; iterated, every order.
    expectTypeOf<Awaited<ReturnType<typeof client.orders.list>>>().toEqualTypeOf<ListOrdersResponse>();
    expectTypeOf(client.orders.list).returns.toMatchTypeOf<AsyncIterable<Order>>();
    expectTypeOf(client.orders.get).returns.resolves.toEqualTypeOf<OrderDetail>();
    expectTypeOf(client.orders.recordPayment).returns.resolves.toEqualTypeOf<RecordOrderPaymentResponse>();
    expectTypeOf<ListOrdersResponse['totalCount']>().toEqualTypeOf<number>();
    expectTypeOf<Order['amount']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Order['liveMode']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Order['_id']>().toEqualTypeOf<string>();
  });
});
