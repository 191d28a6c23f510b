// The events constructEvent returns narrow on `type`, and the unknown one
// never passes for an order event.
import { describe, expectTypeOf, it } from 'vitest';
import type { OrderCreateEvent, OrderStatusUpdateEvent, UnknownWebhookEvent, WebhookEvent } from '../src/index.js';
import { constructEvent } from '../src/index.js';

describe('WebhookEvent', () => {
  it('is what constructEvent resolves with', () => {
    expectTypeOf(constructEvent).returns.resolves.toEqualTypeOf<WebhookEvent>();
  });

  it('narrows on type, exhaustively', () => {
    const handle = (event: WebhookEvent) => {
      switch (event.type) {
        case 'OrderCreate':
          expectTypeOf(event).toEqualTypeOf<OrderCreateEvent>();
          expectTypeOf(event.amount).toEqualTypeOf<number | undefined>();
          return 1;
        case 'OrderStatusUpdate':
          expectTypeOf(event).toEqualTypeOf<OrderStatusUpdateEvent>();
          return 2;
        case 'unknown':
          expectTypeOf(event).toEqualTypeOf<UnknownWebhookEvent>();
          expectTypeOf(event.data).toEqualTypeOf<Readonly<Record<string, unknown>>>();
          return 3;
        default:
          expectTypeOf(event).toBeNever();
          return 0;
      }
    };
    expectTypeOf(handle).returns.toEqualTypeOf<0 | 1 | 2 | 3>();
  });

  it('does not let an unknown event pass for an order event', () => {
    expectTypeOf<UnknownWebhookEvent>().not.toExtend<OrderCreateEvent>();
  });
});
