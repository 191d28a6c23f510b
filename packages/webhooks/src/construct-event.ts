// constructEvent: verifyWebhook, then the event, typed by its `type`.
import { toEvent, type WebhookEvent } from './events.js';
import { type VerifyWebhookOptions, verifyWebhook } from './verify.js';

/**
 * Verifies one delivery (as {@link verifyWebhook} does) and returns its event:
 * an `OrderCreateEvent` or `OrderStatusUpdateEvent` (switch on `type`), or an
 * `UnknownWebhookEvent` for any other `type`. Typed, not validated field by
 * field: every property is optional and deliveries have been seen without
 * documented fields, so check what you use.
 */
export async function constructEvent(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const { payload } = await verifyWebhook(options);
  return toEvent(payload);
}
