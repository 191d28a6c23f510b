// The events a receiver handles: the order events of the spec, typed by
// @hl-orders/types, and any other event as an explicit unknown one.
import type { OrderCreateEvent, OrderStatusUpdateEvent, OrderWebhookEvent } from '@hl-orders/types';

export type { OrderCreateEvent, OrderStatusUpdateEvent, OrderWebhookEvent };

/**
 * A verified delivery whose `type` is not an order event of the spec (another
 * HighLevel event sent to the same URL, or one added after this version). Its
 * data is handed over as it came, never cast to an order type; `type` is
 * `'unknown'` so that a `switch` on `event.type` tells it apart.
 */
export interface UnknownWebhookEvent {
  type: 'unknown';
  /** The `type` the payload carried, when it carried a string. */
  receivedType: string | undefined;
  /** The verified payload, as parsed. */
  data: Readonly<Record<string, unknown>>;
}

/** What `constructEvent` returns: an order event, or an unknown one. */
export type WebhookEvent = OrderWebhookEvent | UnknownWebhookEvent;

/**
 * The order event types, checked against the spec's: adding a webhook to the
 * spec fails this file's type check until it is listed here.
 */
const KNOWN_TYPES = {
  OrderCreate: true,
  OrderStatusUpdate: true,
} as const satisfies Record<OrderWebhookEvent['type'], true>;

/** The event a verified payload is: typed by its `type`, or unknown. */
export function toEvent(payload: Record<string, unknown>): WebhookEvent {
  const type = payload.type;
  if (typeof type === 'string' && Object.hasOwn(KNOWN_TYPES, type)) return payload as OrderWebhookEvent;
  return { type: 'unknown', receivedType: typeof type === 'string' ? type : undefined, data: payload };
}
