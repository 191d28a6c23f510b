// verifyWebhook: the whole check of one delivery, in the order that keeps it
// cheap and safe: the size cap, then the signature over the raw bytes, then
// the JSON, then the time window, and only then the replay store (so that no
// forged or stale delivery can use up an id).
import { WebhookConfigurationError, WebhookVerificationError } from './errors.js';
import { bodyBytes, DEFAULT_MAX_BODY_BYTES, type RawBody } from './internal/body.js';
import { type HeadersInput, headerValues } from './internal/headers.js';
import { resolveOptions } from './internal/resolve-options.js';
import { verifySignature } from './internal/verify-signature.js';
import type { WebhookScheme } from './keys.js';
import type { VerificationOptions } from './options.js';
import { defaultReplayStore } from './replay-store.js';

export type { RawBody } from './internal/body.js';
export type { HeadersInput } from './internal/headers.js';

/** One delivery to verify, and how. */
export interface VerifyWebhookOptions extends VerificationOptions {
  /** The body exactly as received: its bytes (`Uint8Array`, `Buffer`, `ArrayBuffer`) or its text. Never a parsed object. */
  body: RawBody;
  /** The request headers: a `Headers`, or a plain object (any case; string or string[] values). */
  headers: HeadersInput;
}

/** A delivery that passed every check. */
export interface VerifiedWebhook {
  /** The parsed body, a JSON object. */
  payload: Record<string, unknown>;
  /** The scheme whose signature verified it. */
  scheme: WebhookScheme;
  /** Which of that scheme's keys verified it (0 for the first); watch it to know when an old key is no longer used. */
  keyIndex: number;
  /** The payload's `webhookId`, when it has one. */
  webhookId: string | undefined;
  /** The payload's `timestamp`. */
  timestamp: Date;
}

function parseJson(bytes: Uint8Array<ArrayBuffer>): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new WebhookVerificationError(
      'not-json',
      `The body is signed but is not JSON (${(cause as Error).message}); it cannot be an order webhook.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WebhookVerificationError(
      'not-json',
      `The body is signed JSON but not an object (${Array.isArray(value) ? 'an array' : String(value)}); an order webhook is an object.`,
    );
  }
  return value as Record<string, unknown>;
}

function checkTimestamp(payload: Record<string, unknown>, now: number, tolerance: number): Date {
  const raw = payload.timestamp;
  const time = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new WebhookVerificationError(
      'stale',
      'The payload has no valid `timestamp` (ISO 8601), so its age cannot be checked; it is refused as stale.',
    );
  }
  const skew = now - time;
  if (Math.abs(skew) > tolerance) {
    const minutes = (Math.abs(skew) / 60_000).toFixed(1);
    throw new WebhookVerificationError(
      'stale',
      skew > 0
        ? `The payload's timestamp is ${minutes} minutes old, outside the ${tolerance / 1000}-second window; a delivery this old may be a replay.`
        : `The payload's timestamp is ${minutes} minutes in the future, outside the ${tolerance / 1000}-second window; check this server's clock (NTP).`,
    );
  }
  return new Date(time);
}

/**
 * Verifies one delivery of an order webhook and returns its parsed payload.
 * Throws `WebhookVerificationError` (with its `reason`) when the delivery must
 * not be used, and `WebhookConfigurationError` when the receiver is set up
 * wrong; never returns a payload that did not pass every check.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<VerifiedWebhook> {
  const { tolerance, now, maxBodyBytes } = resolveOptions(options);
  const bytes = bodyBytes(options.body, maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (options.headers === null || typeof options.headers !== 'object') {
    throw new WebhookConfigurationError('headers must be a Headers or an object of the request headers.', {
      option: 'headers',
    });
  }
  const signed = await verifySignature(options, (name) => headerValues(options.headers, name), bytes);
  const payload = parseJson(bytes);
  const timestamp = checkTimestamp(payload, now, tolerance);
  const webhookId = typeof payload.webhookId === 'string' && payload.webhookId !== '' ? payload.webhookId : undefined;
  const store = options.replayStore === undefined ? defaultReplayStore() : options.replayStore;
  if (store !== false) {
    if (webhookId === undefined) {
      // Not a replay (answering "duplicate" would make the sender drop an event
      // never processed): a delivery that breaks the contract, refused as such.
      throw new WebhookVerificationError(
        'no-webhook-id',
        'The payload has no `webhookId` (a non-empty string), so it cannot be told apart from a replay; it is refused. Pass replayStore: false to accept such deliveries without replay protection.',
      );
    }
    // Past the window the timestamp check refuses it anyway: no need to keep it longer.
    const ttl = Math.max(1, timestamp.getTime() + tolerance - now);
    if (!(await store.remember(webhookId, ttl))) {
      throw new WebhookVerificationError(
        'replayed',
        `The webhookId ${JSON.stringify(webhookId.slice(0, 100))} was already received; this delivery is a replay (or a retry of one already accepted).`,
      );
    }
  }
  return { payload, scheme: signed.scheme, keyIndex: signed.keyIndex, webhookId, timestamp };
}
