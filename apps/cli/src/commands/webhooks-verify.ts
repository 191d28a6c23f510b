// `hl-orders webhooks verify`: is this body, with this signature, a genuine
// delivery? The body is read from stdin as bytes and verified exactly as it
// came (never parsed and re-serialised first, the vendor SDK's mistake). Exit
// 0 with one line saying what it is; exit 1 with the reason when it is not.
//
// The timestamp is checked by default, as a receiver checks it: exit 0 means
// "a receiver would accept this now". A saved body is usually older than the
// window, so a stale failure says that the signature itself is valid and how
// to check a saved delivery (--no-check-timestamp). Replays cannot be told by
// a one-off check, so the webhookId is not remembered.
import { verifyWebhook, WebhookConfigurationError, WebhookVerificationError } from '@hl-orders/webhooks';
import { EXIT, NotVerifiedError, UsageError } from '../exit-codes.js';
import { InputTooLargeError, readStdin } from '../internal/read-stdin.js';
import type { IO } from '../io.js';
import { parseFormat } from '../output/formats.js';
import { jsonText } from '../output/json-text.js';
import { eventSummary } from '../output/webhook-events.js';
import { type PublicKeyFile, readPublicKeys, webhookKeys } from '../webhooks/public-keys.js';
import {
  SIGNATURE_HEADERS,
  schemeFor,
  signatureFlag,
  type TimestampFlags,
  toleranceFlag,
} from '../webhooks/verify-flags.js';

export interface VerifyFlags extends TimestampFlags {
  signature?: string;
  scheme?: string;
  publicKey?: string;
  format?: string;
}

/** The largest body read from stdin: the verifier's own cap, hundreds of times a large order. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** "42 s", "5 min", "3 h", "2 days": how long ago a payload was signed. */
export function age(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  const text =
    seconds < 120
      ? `${seconds} s`
      : seconds < 7200
        ? `${Math.round(seconds / 60)} min`
        : seconds < 172_800
          ? `${Math.round(seconds / 3600)} h`
          : `${Math.round(seconds / 86_400)} days`;
  return ms < 0 ? `${text} in the future` : `${text} ago`;
}

function notVerified(error: WebhookVerificationError, key: PublicKeyFile | undefined): Error {
  let message = error.message;
  if (error.reason === 'stale') {
    // The verifier checks the signature first: a stale refusal means the signature held.
    message +=
      ' The signature itself is valid. To check a saved delivery, pass --no-check-timestamp (or a wider --tolerance SECONDS).';
  } else if (error.reason === 'bad-signature' && !key) {
    message +=
      ' Without --public-key the signature is checked as an x-wh-signature (RSA) with that key; for an x-ghl-signature, pass --public-key with the Ed25519 key.';
  }
  return new NotVerifiedError(`not verified (${error.reason}): ${message}`, error.reason);
}

export async function verifyCommand(flags: VerifyFlags, io: IO): Promise<number> {
  const format = parseFormat(flags.format, ['text', 'json']) ?? 'text';
  const signature = signatureFlag(flags.signature);
  const tolerance = toleranceFlag(flags);
  const [key] = flags.publicKey === undefined ? [] : await readPublicKeys([flags.publicKey]);
  const scheme = schemeFor(flags.scheme, key);
  if (io.isTTY.stdin) {
    throw new UsageError(
      'webhooks verify reads the body from stdin: redirect the file, e.g. hl-orders webhooks verify --signature SIG < body.json',
    );
  }
  let body: Buffer;
  try {
    body = await readStdin(io, MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof InputTooLargeError)) throw error;
    throw new NotVerifiedError(
      `not verified (too-large): stdin holds more than ${MAX_BODY_BYTES.toLocaleString('en-US')} bytes, the cap of a webhook body (an order event is a few KiB); is it the right file?`,
      'too-large',
    );
  }
  if (body.length === 0) {
    throw new UsageError('stdin is empty: give the body exactly as delivered, e.g. < body.json');
  }
  let verified: Awaited<ReturnType<typeof verifyWebhook>>;
  try {
    verified = await verifyWebhook({
      body,
      headers: { [SIGNATURE_HEADERS[scheme]]: signature },
      keys: key ? webhookKeys([key]) : undefined,
      schemes: [scheme],
      tolerance,
      // One check of one body: there is nothing to compare its webhookId with.
      replayStore: false,
      maxBodyBytes: MAX_BODY_BYTES,
    });
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw notVerified(error, key);
    if (error instanceof WebhookConfigurationError && key)
      throw new UsageError(`--public-key ${key.path}: ${error.message}`);
    throw error;
  }
  const signedAgo = age(Date.now() - verified.timestamp.getTime());
  const checked = Number.isFinite(tolerance);
  if (format === 'json') {
    const { payload } = verified;
    io.stdout.write(
      `${jsonText({
        verified: true,
        scheme,
        type: typeof payload.type === 'string' ? payload.type : null,
        webhookId: verified.webhookId ?? null,
        orderId: typeof payload._id === 'string' ? payload._id : null,
        timestamp: verified.timestamp.toISOString(),
        timestampChecked: checked,
      })}\n`,
    );
  } else {
    const note = checked ? '' : '; timestamp not checked (--no-check-timestamp)';
    io.stdout.write(
      `Verified: ${eventSummary(verified)}, ${scheme} signature (${SIGNATURE_HEADERS[scheme]}), signed ${verified.timestamp.toISOString()} (${signedAgo})${note}.\n`,
    );
  }
  return EXIT.ok;
}
