// The body as the bytes that were signed. Only raw input is accepted: an
// object means a JSON parser ran first, and re-serialising it would verify
// something other than what was sent.
import { WebhookConfigurationError, WebhookVerificationError } from '../errors.js';

/** The raw body: the bytes as received, or the string exactly as received (UTF-8 is assumed). */
export type RawBody = string | ArrayBuffer | ArrayBufferView;

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export const PARSED_BODY_FIX =
  'Pass the raw body exactly as received: mount the webhook route before any JSON body parser ' +
  '(or use a raw parser on it, e.g. express.raw({ type: "application/json" })), or keep the raw bytes ' +
  'when parsing (express.json({ verify: (req, _res, buf) => { req.rawBody = buf } })). ' +
  'Never JSON.stringify a parsed body: the result differs from what was signed.';

function tooLarge(size: number, max: number): WebhookVerificationError {
  return new WebhookVerificationError(
    'too-large',
    `The body is ${size} bytes, over the ${max}-byte cap (maxBodyBytes); it was not verified. ` +
      'Raise maxBodyBytes if your orders are really this large.',
  );
}

/** Throws `too-large` when a declared or counted size is over the cap. */
export function checkSize(size: number, max: number): void {
  if (size > max) throw tooLarge(size, max);
}

/** A copy of the body's bytes, in a buffer of its own (Web Crypto takes nothing shared). */
export function bodyBytes(body: unknown, maxBytes: number): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') {
    // Each UTF-16 unit is at least one UTF-8 byte: a longer string is too large
    // before it is encoded.
    checkSize(body.length, maxBytes);
    const bytes = new TextEncoder().encode(body);
    checkSize(bytes.length, maxBytes);
    return bytes;
  }
  // By tag, not instanceof, so bytes from another realm (a vm, an iframe, a test
  // runner's sandbox) are recognised too.
  if (Object.prototype.toString.call(body) === '[object ArrayBuffer]') {
    const buffer = body as ArrayBuffer;
    checkSize(buffer.byteLength, maxBytes);
    return new Uint8Array(buffer.slice(0));
  }
  if (ArrayBuffer.isView(body)) {
    checkSize(body.byteLength, maxBytes);
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice();
  }
  const got = body === null ? 'null' : body === undefined ? 'undefined' : `a ${typeof body}`;
  throw new WebhookConfigurationError(
    `body is ${got}, not the raw body${typeof body === 'object' && body !== null ? ' (was it parsed as JSON already?)' : ''}. ${PARSED_BODY_FIX}`,
    { option: 'body' },
  );
}
