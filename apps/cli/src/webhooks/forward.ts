// --forward-to: sends a verified delivery on to the user's own receiver, byte
// for byte with its signature headers, so that the receiver verifies exactly
// what HighLevel (or the simulator) signed. Bounded by a timeout; redirects are
// not followed (the delivery goes to the URL given, nowhere else); the answer's
// body is not read, only its status.
import type { IncomingHttpHeaders } from 'node:http';
import { UsageError } from '../exit-codes.js';
import type { ForwardOutcome } from '../output/webhook-events.js';
import { SIGNATURE_HEADERS } from './verify-flags.js';

/** The headers forwarded as received: the signatures, and what the body is. */
const FORWARDED_HEADERS = ['content-type', SIGNATURE_HEADERS.ed25519, SIGNATURE_HEADERS.rsa] as const;

/** The --forward-to URL, checked: http or https, nothing else. */
export function forwardUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(
      `--forward-to must be an http:// or https:// URL of your receiver, e.g. --forward-to http://localhost:3000/webhooks/highlevel.`,
    );
  }
  if (url.username || url.password) {
    throw new UsageError(
      '--forward-to cannot carry a user name or password (fetch refuses them): put the secret in the path or query.',
    );
  }
  return url;
}

/** The URL as shown to the user: without credentials or query, which may hold a secret of the receiver. */
export function shownUrl(url: URL): string {
  return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}

/** The headers to forward, from the ones the delivery came with. */
export function forwardedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = { 'user-agent': 'hl-orders webhooks listen' };
  for (const name of FORWARDED_HEADERS) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  out['content-type'] ??= 'application/json';
  return out;
}

function reason(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code === 'ECONNREFUSED' ? 'connection refused' : cause.code;
  return error instanceof Error ? error.message : String(error);
}

export interface ForwardOptions {
  url: URL;
  body: Uint8Array<ArrayBuffer>;
  headers: IncomingHttpHeaders;
  timeoutMs: number;
  /** Aborted when the listener stops. */
  signal: AbortSignal;
  now: () => number;
}

/** Forwards one delivery; never throws: a failure is an outcome to report. */
export async function forward(options: ForwardOptions): Promise<ForwardOutcome> {
  const started = options.now();
  const timeout = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      body: options.body,
      headers: forwardedHeaders(options.headers),
      redirect: 'manual',
      signal: AbortSignal.any([options.signal, timeout]),
    });
    // Only the status matters; the body is left unread and the connection freed.
    await response.body?.cancel().catch(() => {});
    return { status: response.status, durationMs: Math.round(options.now() - started) };
  } catch (error) {
    return {
      error: reason(error, timeout.aborted, options.timeoutMs),
      durationMs: Math.round(options.now() - started),
    };
  }
}
