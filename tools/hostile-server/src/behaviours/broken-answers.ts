// Short answers that are wrong in one way each: no answer at all, an answer cut
// off, a body that is not JSON, an arbitrary status, an answer that comes late.
import type { Behaviour } from '../behaviour.js';
import { errorBody } from '../internal/error-body.js';
import { JSON_TYPE, mergeHeaders } from '../internal/headers.js';
import { sleep, write } from '../internal/stream.js';

/** Resets the connection (TCP RST) without answering: the client sees ECONNRESET. */
export function reset(): Behaviour {
  return ({ req }) => {
    req.socket.resetAndDestroy();
  };
}

/**
 * Sends a 200 with JSON headers and `Content-Length: 4096`, the first bytes of
 * the body, then resets the connection: the request succeeds, reading the body fails.
 */
export function resetAfterHeaders(): Behaviour {
  return async ({ req, res, signal }) => {
    res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': '4096' });
    await write(res, '{"totalCount":1,"data":[{"_id":"653f', signal);
    // Long enough for the client to have read the headers before the reset discards them.
    await sleep(50, signal);
    if (!req.socket.destroyed) req.socket.resetAndDestroy();
  };
}

/** The start of a page, as a complete 200 response (correct Content-Length): the JSON ends mid-string. */
export const TRUNCATED_JSON = '{"totalCount":3,"data":[{"_id":"653f5e0cde5a13';

/** A complete 200 `application/json` response whose body is {@link TRUNCATED_JSON}. */
export function truncatedJson(): Behaviour {
  return ({ send }) => send({ status: 200, headers: { 'content-type': JSON_TYPE }, body: TRUNCATED_JSON });
}

/** An HTML error page, as a proxy or load balancer sends when the API behind it is down. Default 502. */
export function html(status = 502): Behaviour {
  const text = `${status} ${errorBody(status).error}`;
  const page = `<html>\n<head><title>${text}</title></head>\n<body>\n<center><h1>${text}</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n`;
  return ({ send }) => send({ status, headers: { 'content-type': 'text/html' }, body: page });
}

/**
 * Any status with any body: a string is sent as is (text/plain unless `headers`
 * says otherwise), anything else as JSON. Default body: `{ statusCode, message, error }`.
 */
export function status(code: number, body?: unknown, headers?: Record<string, string>): Behaviour {
  const payload = body === undefined ? errorBody(code) : body;
  const type = typeof payload === 'string' ? 'text/plain; charset=utf-8' : JSON_TYPE;
  return ({ send }) => send({ status: code, headers: mergeHeaders({ 'content-type': type }, headers), body: payload });
}

/** Waits `ms` before behaving like `then` (default: honestly); nothing is sent if the client leaves first. */
export function delayed(ms: number, then?: Behaviour): Behaviour {
  return async (ctx) => {
    await sleep(ms, ctx.signal);
    if (ctx.signal.aborted) return;
    if (then) await then(ctx);
    else ctx.honest();
  };
}

/** Answers honestly, with `headers` added or replacing the honest ones. */
export function withHeaders(headers: Record<string, string>): Behaviour {
  return ({ honestAnswer, send }) => {
    const answer = honestAnswer();
    send({ ...answer, headers: mergeHeaders(answer.headers, headers) });
  };
}
