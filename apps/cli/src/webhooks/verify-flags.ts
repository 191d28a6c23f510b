// The flags of `webhooks verify` and `webhooks listen` that say how to verify:
// the signature, its scheme, the timestamp window. Checked before anything is
// read, each refusal naming its flag and what to pass instead.
import type { WebhookScheme } from '@hl-orders/webhooks';
import { wholeNumber } from '../config.js';
import { UsageError } from '../exit-codes.js';

/** The default window of the payload's timestamp, in seconds: the vendor asks for about 5 minutes. */
export const DEFAULT_TOLERANCE_SECONDS = 300;
/** A longer window than a year is no window: say --no-check-timestamp. */
const MAX_TOLERANCE_SECONDS = 366 * 24 * 3600;
/** An RSA 4096 signature is 684 base64 characters; Ed25519 88. */
const MAX_SIGNATURE_LENGTH = 2048;

export const SIGNATURE_HEADERS: Record<WebhookScheme, string> = {
  ed25519: 'x-ghl-signature',
  rsa: 'x-wh-signature',
};

/** The signature as given, checked to be one base64 value. */
export function signatureFlag(value: string | undefined): string {
  if (value === undefined) {
    throw new UsageError(
      '--signature is required: the value of the delivery\'s x-ghl-signature header (Ed25519) or x-wh-signature header (RSA), e.g. --signature "$(cat signature.txt)".',
    );
  }
  let signature = value.trim();
  // Pasted with its header name: take the value, the intent is plain.
  const header = /^x-(?:ghl|wh)-signature\s*:\s*/i.exec(signature);
  if (header) signature = signature.slice(header[0].length);
  if (signature === '') {
    throw new UsageError('--signature is empty: pass the base64 value of the signature header the delivery came with.');
  }
  if (signature.length > MAX_SIGNATURE_LENGTH || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(signature)) {
    throw new UsageError(
      `--signature must be one base64 value (the x-ghl-signature or x-wh-signature header's value, at most ${MAX_SIGNATURE_LENGTH} characters), as received.`,
    );
  }
  return signature;
}

export interface TimestampFlags {
  tolerance?: string;
  /** `false` with --no-check-timestamp. */
  checkTimestamp?: boolean;
}

/** The verifier's `tolerance`, in milliseconds; `Infinity` with --no-check-timestamp. */
export function toleranceFlag(flags: TimestampFlags): number {
  if (flags.checkTimestamp === false) {
    if (flags.tolerance !== undefined) {
      throw new UsageError('--tolerance sets the window that --no-check-timestamp turns off: pass only one of them.');
    }
    return Number.POSITIVE_INFINITY;
  }
  const seconds = wholeNumber('tolerance', flags.tolerance, 1) ?? DEFAULT_TOLERANCE_SECONDS;
  if (seconds > MAX_TOLERANCE_SECONDS) {
    throw new UsageError(
      `--tolerance is at most ${MAX_TOLERANCE_SECONDS} seconds (a year); to skip the timestamp check, pass --no-check-timestamp.`,
    );
  }
  return seconds * 1000;
}

/** The scheme to verify with: --scheme, else the key's, else RSA with HighLevel's published key. */
export function schemeFor(
  flag: string | undefined,
  key: { path: string; scheme: WebhookScheme } | undefined,
): WebhookScheme {
  if (flag !== undefined && flag !== 'ed25519' && flag !== 'rsa') {
    throw new UsageError(`--scheme must be ed25519 (x-ghl-signature) or rsa (x-wh-signature), got "${flag}".`);
  }
  if (key) {
    if (flag !== undefined && flag !== key.scheme) {
      throw new UsageError(
        `--public-key ${key.path} is ${key.scheme === 'rsa' ? 'an RSA' : 'an Ed25519'} key but --scheme is ${flag}: give the ${flag === 'rsa' ? 'RSA' : 'Ed25519'} public key, or leave --scheme out.`,
      );
    }
    return key.scheme;
  }
  if (flag === 'ed25519') {
    throw new UsageError(
      '--scheme ed25519 needs --public-key FILE: HighLevel does not publish its Ed25519 key with the webhook docs, so give the key you were given (a PEM file).',
    );
  }
  return 'rsa';
}
