// The flow every adapter shares: read, verify, hand the event over, and say
// what to answer. A delivery that fails verification gets 400 (413 when too
// large); a replay gets 200, since the first copy was accepted and the sender
// only needs to stop; an event handler that throws makes the delivery
// forgettable again, so that the sender's retry is processed.
import { WebhookVerificationError } from '../errors.js';
import { toEvent, type WebhookEvent } from '../events.js';
import type { VerificationOptions } from '../options.js';
import { defaultReplayStore } from '../replay-store.js';
import { verifyWebhook } from '../verify.js';
import type { RawBody } from './body.js';
import type { HeadersInput } from './headers.js';

/** Options of an adapter's handler: how to verify, and what to do with each event. */
export interface WebhookHandlerOptions<Context extends unknown[]> extends VerificationOptions {
  /**
   * Called once per verified delivery with its event. When it resolves, the
   * delivery is answered 200 (unless it answered itself). When it throws, the
   * delivery is answered 500, and its `webhookId` is forgotten (if the replay
   * store can forget) so that the sender's retry is processed.
   */
  onEvent(event: WebhookEvent, ...context: Context): unknown;
  /** Called with each refused delivery before it is answered, e.g. to log it. */
  onRejected?(error: WebhookVerificationError, ...context: Context): void;
}

/** What to answer a delivery that was not handed to `onEvent`. */
export interface Refusal {
  status: number;
  body: { error: string; message: string } | { received: true; duplicate: true };
}

/** The outcome of one delivery: refused (answer this), or handled (`result` is what `onEvent` returned). */
export type Outcome = { refused: Refusal } | { refused?: undefined; result: unknown };

export const ACCEPTED_BODY = { received: true } as const;

/** The answer to a refused delivery. */
export function refusal(error: WebhookVerificationError): Refusal {
  if (error.reason === 'replayed') return { status: 200, body: { received: true, duplicate: true } };
  return { status: error.reason === 'too-large' ? 413 : 400, body: { error: error.reason, message: error.message } };
}

export async function handleDelivery<Context extends unknown[]>(
  read: () => Promise<RawBody>,
  headers: HeadersInput,
  options: WebhookHandlerOptions<Context>,
  context: Context,
): Promise<Outcome> {
  const store = options.replayStore === undefined ? defaultReplayStore() : options.replayStore;
  let verified: Awaited<ReturnType<typeof verifyWebhook>>;
  try {
    verified = await verifyWebhook({ ...options, replayStore: store, body: await read(), headers });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    options.onRejected?.(error, ...context);
    return { refused: refusal(error) };
  }
  try {
    return { result: await options.onEvent(toEvent(verified.payload), ...context) };
  } catch (error) {
    if (store !== false && verified.webhookId !== undefined) await store.forget?.(verified.webhookId);
    throw error;
  }
}
