// Every error @hl-orders/webhooks throws: one base class; a delivery that fails
// verification (`WebhookVerificationError`, with the `reason`) and a receiver
// that is set up wrong (`WebhookConfigurationError`: a bad key, an option out
// of range, a body that was already parsed). The first is the sender's
// problem, answered 4xx; the second is yours, answered 500.

/** Why a delivery was refused; each is explained in the README. */
export type WebhookVerificationReason =
  | 'no-signature'
  | 'bad-signature'
  | 'stale'
  | 'replayed'
  | 'no-webhook-id'
  | 'not-json'
  | 'too-large';

/** Base class of every error thrown by `@hl-orders/webhooks`. */
export class WebhookError extends Error {
  override name = 'WebhookError';
}

/** The delivery failed verification: nothing in it may be used. */
export class WebhookVerificationError extends WebhookError {
  override name = 'WebhookVerificationError';
  /** What failed, one of {@link WebhookVerificationReason}. */
  readonly reason: WebhookVerificationReason;
  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The receiver is set up wrong (a key, an option, a body parser that ran first); no delivery can pass until it is fixed. */
export class WebhookConfigurationError extends WebhookError {
  override name = 'WebhookConfigurationError';
  /** The option at fault, e.g. `keys.ed25519[1]` or `body`, when there is one. */
  readonly option: string | undefined;
  constructor(message: string, options: { option?: string } = {}) {
    super(message);
    this.option = options.option;
  }
}
