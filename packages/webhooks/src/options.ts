// The options of verification, shared by verifyWebhook, constructEvent and
// every adapter.
import type { WebhookKeys, WebhookScheme } from './keys.js';
import type { ReplayStore } from './replay-store.js';

/** How to verify, without the delivery itself: what the adapters take. */
export interface VerificationOptions {
  /** Public keys per scheme; several are a rotation. Default: the vendor's published RSA key, no Ed25519 key. */
  keys?: WebhookKeys;
  /**
   * The schemes accepted. Default both. `['ed25519']` refuses the legacy
   * `x-wh-signature` (reported deprecated from 2026-07-01).
   */
  schemes?: readonly WebhookScheme[];
  /** The current time, as a `Date` or milliseconds since the epoch. Default: now. */
  now?: Date | number;
  /**
   * How far the payload's `timestamp` may be from `now`, either way, in
   * milliseconds. Default 300,000 (5 minutes, as the vendor asks). `Infinity`
   * turns the check off: only to re-check a stored delivery, never for live ones.
   */
  tolerance?: number;
  /**
   * Where delivery ids are remembered, to refuse a `webhookId` seen before.
   * Default: one in-memory store per process (bounded). `false` turns the check
   * off: only when you deduplicate on `webhookId` yourself.
   */
  replayStore?: ReplayStore | false;
  /** The largest body accepted, in bytes. Default 1,048,576 (1 MiB, hundreds of times a large order). */
  maxBodyBytes?: number;
}
