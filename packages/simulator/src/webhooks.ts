// Order webhooks from the simulator: its options, the faults a test can switch
// on, the delivery log and the handle's `webhooks` member, with the checks of
// what a caller gives. The simulator signs each delivery with its own test
// keys, made at start, and sends it to every registered URL, whatever host
// that URL names: it is for tests and local work, so give it receivers you own.

/** The name of an order webhook, which is the `type` of its events. */
export type WebhookEventType = 'OrderCreate' | 'OrderStatusUpdate';

/** A signature scheme: `ed25519` signs `x-ghl-signature`, `rsa` the legacy `x-wh-signature`. */
export type WebhookSignatureScheme = 'ed25519' | 'rsa';

/**
 * A fault of the next deliveries, served once per unit of `count` (default 1):
 * - `bad-signature`: the next `count` attempts (to any URL) carry signatures
 *   that do not verify (made over other bytes); a retry is signed properly.
 * - `replay`: the next `count` deliveries accepted (2xx) are sent again at
 *   once, byte for byte (same `webhookId`, `timestamp` and signatures).
 * - `out-of-order`: each of the next `count` events is held back and sent
 *   after the event that follows it (an `OrderStatusUpdate` before its
 *   `OrderCreate`, two updates swapped); after a second with no other event,
 *   it is sent anyway.
 */
export interface WebhookFault {
  readonly kind: 'bad-signature' | 'replay' | 'out-of-order';
  /** How many attempts (`bad-signature`), accepted deliveries (`replay`) or events (`out-of-order`) take it. Default: `1`. */
  readonly count?: number;
}

/** Webhook deliveries of {@link SimulatorOptions}: where, signed how, retried how. */
export interface WebhookOptions {
  /** A receiver: an `http://` or `https://` URL, e.g. `http://127.0.0.1:3000/webhooks`. */
  url?: string;
  /** Receivers, besides `url`; each gets every event. More can be added with `webhooks.register(url)`. Default: none. */
  urls?: readonly string[];
  /** The signatures each delivery carries. Default: both, `['ed25519', 'rsa']`, as HighLevel sends them today. */
  schemes?: readonly WebhookSignatureScheme[];
  /** Retries of a delivery that failed (an answer other than 2xx, or none), 0 to 10. Default: `3`. */
  retries?: number;
  /** Wait before the first retry, in milliseconds, doubled before each next one (1 s, 2 s, 4 s). Default: `1000`. */
  retryDelayMs?: number;
  /** How long an attempt may take until its answer's status arrives, in milliseconds. Default: `10000`. */
  timeoutMs?: number;
  /** Faults in force from the start (as if passed to `webhooks.fault()` one by one). Default: none. */
  faults?: readonly WebhookFault[];
}

/** The public halves of the simulator's signing keys, as SPKI PEM: pass them as `keys` to `@hl-orders/webhooks`. */
export interface WebhookPublicKeys {
  readonly ed25519: string;
  readonly rsa: string;
}

/** One attempt to deliver one event to one URL, as the delivery log keeps it. */
export interface WebhookAttempt {
  readonly webhookId: string;
  readonly type: WebhookEventType;
  /** The `_id` of the order. */
  readonly orderId: string;
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry, ...; a replay has the number of the attempt it repeats. */
  readonly attempt: number;
  /** When the attempt was sent (ISO 8601, the real clock). */
  readonly at: string;
  /** From sending to the answer's status (or the error), in milliseconds. */
  readonly durationMs: number;
  /** The answer's status, when there was an answer. */
  readonly status?: number;
  /** Why there was no answer (connection refused, reset, timeout), when there was none. */
  readonly error?: string;
  /** Whether the receiver accepted it (a 2xx). */
  readonly ok: boolean;
  /** The fault this attempt carried, if any (`out-of-order` on the first attempt of a held-back event). */
  readonly fault?: WebhookFault['kind'];
  /** Whether a retry follows: a failed attempt with retries left. */
  readonly retrying: boolean;
}

/** The `webhooks` member of a simulator started with the `webhooks` option. */
export interface SimulatorWebhooks {
  /** The public keys that verify the simulator's signatures, for `verifyWebhook({ keys })`. */
  readonly keys: WebhookPublicKeys;
  /** The receivers, in the order they were added. */
  urls(): readonly string[];
  /** Adds a receiver (an `http://` or `https://` URL) for the events from now on; adding one twice changes nothing. */
  register(url: string): void;
  /** Removes a receiver: nothing more is sent to it (deliveries queued or waiting for a retry are dropped). Returns whether it was registered. */
  unregister(url: string): boolean;
  /** Switches a fault on for the next deliveries (see {@link WebhookFault}). */
  fault(fault: WebhookFault): void;
  /** Switches every fault off (an event already held back is sent at once). */
  clearFaults(): void;
  /** Every attempt so far, oldest first (the latest 10,000). */
  deliveries(): readonly WebhookAttempt[];
  /** Resolves once nothing is being sent, waiting to be sent, held back or waiting for a retry. */
  idle(): Promise<void>;
}

/** Webhook options after defaults and checks. */
export interface ResolvedWebhookOptions {
  readonly urls: readonly string[];
  readonly schemes: readonly WebhookSignatureScheme[];
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly timeoutMs: number;
  readonly faults: readonly Required<WebhookFault>[];
}

const SCHEMES: readonly string[] = ['ed25519', 'rsa'];
const FAULT_KINDS: readonly string[] = ['bad-signature', 'replay', 'out-of-order'];

function wholeNumber(value: unknown, name: string, min: number, max: number): number {
  if (!(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/**
 * Checks a receiver's URL. The message never repeats the URL: a webhook URL
 * often carries a secret of its receiver in its path or query.
 */
export function checkWebhookUrl(url: unknown, name = 'url'): string {
  if (typeof url !== 'string' || !URL.canParse(url)) {
    throw new RangeError(`${name} must be an http:// or https:// URL, e.g. http://127.0.0.1:3000/webhooks`);
  }
  const { protocol } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new RangeError(`${name} must be an http:// or https:// URL, got a ${protocol} URL`);
  }
  return url;
}

/** Checks a fault and returns it with its count; `name` is how messages call it. */
export function normaliseWebhookFault(fault: WebhookFault, name = 'fault'): Required<WebhookFault> {
  if (!FAULT_KINDS.includes(fault?.kind)) {
    throw new RangeError(`${name}.kind must be one of ${FAULT_KINDS.join(', ')}, got "${String(fault?.kind)}"`);
  }
  return { kind: fault.kind, count: wholeNumber(fault.count ?? 1, `${name}.count`, 1, Number.MAX_SAFE_INTEGER) };
}

/** Applies defaults and refuses what cannot work, naming the option. */
export function resolveWebhookOptions(options: WebhookOptions): ResolvedWebhookOptions {
  const prefix = 'startSimulator: webhooks.';
  try {
    const urls = [...(options.url === undefined ? [] : [checkWebhookUrl(options.url)])];
    (options.urls ?? []).forEach((url, i) => {
      if (!urls.includes(checkWebhookUrl(url, `urls[${i}]`))) urls.push(url);
    });
    const schemes = options.schemes ?? ['ed25519', 'rsa'];
    if (!(Array.isArray(schemes) && schemes.length > 0 && schemes.every((s) => SCHEMES.includes(s)))) {
      throw new RangeError('schemes must be a non-empty list of "ed25519" and "rsa"');
    }
    return {
      urls,
      schemes: [...new Set(schemes)],
      retries: wholeNumber(options.retries ?? 3, 'retries', 0, 10),
      retryDelayMs: wholeNumber(options.retryDelayMs ?? 1000, 'retryDelayMs', 0, 600_000),
      timeoutMs: wholeNumber(options.timeoutMs ?? 10_000, 'timeoutMs', 1, 600_000),
      faults: (options.faults ?? []).map((fault, i) => normaliseWebhookFault(fault, `faults[${i}]`)),
    };
  } catch (error) {
    if (error instanceof Error) error.message = `${prefix}${error.message}`;
    throw error;
  }
}
