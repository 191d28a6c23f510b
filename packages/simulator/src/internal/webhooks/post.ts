// One POST of a delivery, with node:http(s) rather than fetch: no connection
// pool (each delivery opens and closes its own connection, so nothing keeps
// a process alive after stop), a deadline for the answer's status, and an
// abort for stop(). Redirects are not followed: a 3xx is a failed delivery,
// as it is for a webhook sender.
import http from 'node:http';
import https from 'node:https';

/** How one attempt ended: the answer's status, or why there was none. */
export type PostOutcome = { status: number; error?: undefined } | { status?: undefined; error: string };

export function post(
  url: string,
  body: Uint8Array,
  headers: Record<string, string>,
  options: { timeoutMs: number; signal: AbortSignal },
): Promise<PostOutcome> {
  return new Promise((resolve) => {
    if (options.signal.aborted) {
      resolve({ error: 'the simulator stopped' });
      return;
    }
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const request = client.request(target, {
      method: 'POST',
      agent: false,
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(body.byteLength),
        'user-agent': 'hl-orders-simulator',
        connection: 'close',
      },
    });
    const timer = setTimeout(() => {
      settle({ error: `no answer within ${options.timeoutMs} ms` });
      request.destroy();
    }, options.timeoutMs);
    const onAbort = () => {
      settle({ error: 'the simulator stopped' });
      request.destroy();
    };
    options.signal.addEventListener('abort', onAbort);
    request.on('response', (response) => {
      settle({ status: response.statusCode ?? 0 });
      // The answer's body is not needed: read and drop it, so the connection ends.
      response.resume();
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code && !error.message.includes(error.code) ? ` (${error.code})` : '';
      settle({ error: `${error.message}${code}` });
    });
    request.end(body);
  });
}
