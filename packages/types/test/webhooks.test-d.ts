// The webhook event types follow the spec's `webhooks`: one event per webhook,
// told apart by `type`, every other property optional.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  OrderCreateEvent,
  OrderStatusUpdateEvent,
  OrderWebhookEvent,
  OrderWebhookPayload,
  WebhookEventType,
  webhooks,
} from '../src/index.js';

describe('webhook event types', () => {
  it('has one event type per webhook of the spec', () => {
    expectTypeOf<WebhookEventType>().toEqualTypeOf<'OrderCreate' | 'OrderStatusUpdate'>();
    expectTypeOf<OrderWebhookEvent['type']>().toEqualTypeOf<keyof webhooks>();
  });

  it('narrows the union on type', () => {
    const handle = (event: OrderWebhookEvent) => {
      switch (event.type) {
        case 'OrderCreate':
          expectTypeOf(event).toEqualTypeOf<OrderCreateEvent>();
          return event.status;
        case 'OrderStatusUpdate':
          expectTypeOf(event).toEqualTypeOf<OrderStatusUpdateEvent>();
          return event.status;
        default:
          expectTypeOf(event).toBeNever();
          return undefined;
      }
    };
    expectTypeOf(handle).returns.toEqualTypeOf<string | undefined>();
  });

  it('makes every payload property optional, with open strings for the statuses', () => {
    const empty: OrderWebhookPayload = {};
    expectTypeOf(empty.status).toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<OrderWebhookPayload['fulfillmentStatus']>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<OrderWebhookPayload['amount']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<OrderWebhookPayload['webhookId']>>().toEqualTypeOf<string>();
  });

  it('keeps product and price of an item open objects', () => {
    type Item = NonNullable<OrderWebhookPayload['items']>[number];
    expectTypeOf<NonNullable<Item['price']>>().toEqualTypeOf<{ [key: string]: unknown }>();
    expectTypeOf<NonNullable<Item['product']>>().toEqualTypeOf<{ [key: string]: unknown }>();
  });
});
