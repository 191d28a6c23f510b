// @hl-orders/webhooks: verify HighLevel order webhooks over the raw bytes and
// type their events. Web Crypto only (no Node built-in), so this entry runs on
// Node, Deno, Bun, Cloudflare Workers and other edge runtimes. Adapters for
// frameworks are their own entry points (./web, ./node, ./express, ./fastify);
// signing helpers for tests and simulators are in ./testing.
export { constructEvent } from './construct-event.js';
export {
  WebhookConfigurationError,
  WebhookError,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from './errors.js';
export type {
  OrderCreateEvent,
  OrderStatusUpdateEvent,
  OrderWebhookEvent,
  UnknownWebhookEvent,
  WebhookEvent,
} from './events.js';
export { HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY, type WebhookKeys, type WebhookScheme } from './keys.js';
export type { VerificationOptions } from './options.js';
export {
  createMemoryReplayStore,
  type MemoryReplayStore,
  type MemoryReplayStoreOptions,
  type ReplayStore,
} from './replay-store.js';
export {
  type HeadersInput,
  type RawBody,
  type VerifiedWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
} from './verify.js';
