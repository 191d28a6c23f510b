// A finite but enormous body (say 50 MB): a page whose one order has a huge
// string, or plain text. It checks that a client caps what it buffers instead
// of trusting Content-Length or the absence of it.
import type { Behaviour } from '../behaviour.js';
import { JSON_TYPE } from '../internal/headers.js';
import { pump } from '../internal/stream.js';

export interface HugeBodyOptions {
  /** Exact size of the body in bytes. */
  bytes: number;
  /** Default 200. */
  status?: number;
  /** Send `Content-Length` (true) or stream it chunked (false). Default true. */
  declareLength?: boolean;
  /** A valid JSON page with one order whose `contactName` fills the size (true), or `x`s as text/plain (false). Default true. */
  json?: boolean;
}

const CHUNK = 65_536;
const JSON_HEAD =
  '{"totalCount":1,"data":[{"_id":"653f5e0cde5a1314e62a837c","altId":"3SwdhCu3svxI8AKsPJt6","altType":"location","status":"completed","sourceType":"funnel","createdAt":"2024-01-01T00:00:00.000Z","updatedAt":"2024-01-01T00:00:00.000Z","contactName":"';
const JSON_TAIL = '"}]}';

/** Sends exactly `bytes` bytes, as fast as the client reads them. */
export function hugeBody(options: HugeBodyOptions): Behaviour {
  const { bytes, status = 200, declareLength = true, json = true } = options;
  if (!Number.isInteger(bytes) || bytes < 0)
    throw new RangeError(`hugeBody bytes must be a whole number >= 0: ${bytes}`);
  const head = json ? JSON_HEAD : '';
  const tail = json ? JSON_TAIL : '';
  if (json && bytes < head.length + tail.length) {
    throw new RangeError(`a JSON hugeBody needs at least ${head.length + tail.length} bytes, got ${bytes}`);
  }
  const filler = Buffer.alloc(CHUNK, json ? 'a' : 'x');
  return async ({ res, signal }) => {
    res.writeHead(status, {
      'content-type': json ? JSON_TYPE : 'text/plain; charset=utf-8',
      ...(declareLength ? { 'content-length': String(bytes) } : {}),
    });
    let fillerLeft = bytes - head.length - tail.length;
    let stage: 'head' | 'filler' | 'tail' | 'done' = 'head';
    await pump(
      res,
      () => {
        if (stage === 'head') {
          stage = 'filler';
          if (head) return head;
        }
        if (stage === 'filler') {
          if (fillerLeft > 0) {
            const size = Math.min(CHUNK, fillerLeft);
            fillerLeft -= size;
            return size === CHUNK ? filler : filler.subarray(0, size);
          }
          stage = 'tail';
        }
        if (stage === 'tail') {
          stage = 'done';
          if (tail) return tail;
        }
        return undefined;
      },
      0,
      signal,
    );
  };
}
