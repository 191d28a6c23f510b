// Answers that never finish: total silence, headers that never complete, or a
// body dripping a byte at a time. A client whose timeout only covers the
// connection, or only the time between two bytes, waits forever.
import type { Behaviour } from '../behaviour.js';
import { JSON_TYPE } from '../internal/headers.js';
import { sleep, untilAborted } from '../internal/stream.js';

export interface SlowlorisOptions {
  /**
   * `silence`: accept the request and never send a byte; `headers`: drip a
   * status line and a header that never ends, so the headers never complete;
   * `body`: send complete headers, then drip a body that never ends.
   */
  stage: 'silence' | 'headers' | 'body';
  /** Bytes per drip. Default 1. */
  bytesPerTick?: number;
  /** Time between drips, ms. Default 1000. */
  intervalMs?: number;
}

const HEAD = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-slow: ';
const BODY = '{"totalCount":1,"data":[{"_id":"653f5e0cde5a1314e62a837c","contactName":"';

/** Never completes the answer; stops dripping when the client goes away or the server stops. */
export function slowloris(options: SlowlorisOptions): Behaviour {
  const { stage, bytesPerTick = 1, intervalMs = 1000 } = options;
  const drip = async (write: (text: string) => void, start: string, signal: AbortSignal) => {
    let sent = 0;
    while (!signal.aborted) {
      const text = Array.from({ length: bytesPerTick }, (_, i) => start[sent + i] ?? 'a').join('');
      write(text);
      sent += bytesPerTick;
      await sleep(intervalMs, signal);
    }
  };
  return async ({ req, res, signal }) => {
    if (stage === 'silence') return untilAborted(signal);
    if (stage === 'headers') {
      // Straight to the socket: Node's response object only writes complete headers.
      const socket = req.socket;
      return drip((text) => socket.writable && socket.write(text), HEAD, signal);
    }
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.flushHeaders();
    return drip((text) => res.writable && res.write(text), BODY, signal);
  };
}
