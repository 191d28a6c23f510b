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
      resolve(outcome);
    };
    // The deadline and stop() also cover the answer's body after its status:
    // a receiver that never ends it must not hold a socket open past either.
    const end = () => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
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
      end();
      request.destroy();
    }, options.timeoutMs);
    const onAbort = () => {
      settle({ error: 'the simulator stopped' });
      end();
      request.destroy();
    };
    options.signal.addEventListener('abort', onAbort);
    request.on('response', (response) => {
      settle({ status: response.statusCode ?? 0 });
      // The answer's body is not needed: read and drop it, so the connection ends.
      response.on('error', () => {});
      response.on('close', end);
      response.resume();
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code && !error.message.includes(error.code) ? ` (${error.code})` : '';
      settle({ error: `${error.message}${code}` });
      end();
    });
    request.end(body);
  });
}
