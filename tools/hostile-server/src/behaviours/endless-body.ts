// A body that never ends: a plausible JSON start, then filler for as long as
// the client keeps reading. A client without a size cap or a body timeout
// reads until it runs out of memory or patience.
import type { Behaviour } from '../behaviour.js';
import { JSON_TYPE } from '../internal/headers.js';
import { pump } from '../internal/stream.js';

export interface EndlessBodyOptions {
  /** Default 200. */
  status?: number;
  /** Default `application/json; charset=utf-8`. */
  contentType?: string;
  /** Bytes per write. Default 65536. */
  chunkBytes?: number;
  /** Pause between writes, ms. Default 0 (as fast as the client reads). */
  intervalMs?: number;
}

/** The start of a page whose first order has a `contactName` that never closes. */
export const ENDLESS_JSON_PREFIX = '{"totalCount":1,"data":[{"_id":"653f5e0cde5a1314e62a837c","contactName":"';

/** Streams `ENDLESS_JSON_PREFIX` then `a`s, chunk after chunk, until the client goes away or the server stops. */
export function endlessBody(options: EndlessBodyOptions = {}): Behaviour {
  const { status = 200, contentType = JSON_TYPE, chunkBytes = 65_536, intervalMs = 0 } = options;
  const filler = Buffer.alloc(Math.max(1, chunkBytes), 'a');
  return async ({ res, signal }) => {
    res.writeHead(status, { 'content-type': contentType });
    let first = true;
    await pump(
      res,
      () => {
        if (!first) return filler;
        first = false;
        return ENDLESS_JSON_PREFIX;
      },
      intervalMs,
      signal,
    );
  };
}
