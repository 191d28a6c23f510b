// A stand-in for the API as a `fetch`: routes by method and path, canned
// answers, and every request kept (with its body) for the test to look at.
import type { FetchLike } from '@hl-orders/client';

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type Handler = (request: SeenRequest, signal: AbortSignal | undefined) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** `routes` keyed by "METHOD /path" (no query); anything else is a 404, as the API would say. */
export function fakeApi(routes: Record<string, Handler>) {
  const requests: SeenRequest[] = [];
  const fetch: FetchLike = async (request) => {
    const text = await request.text();
    const seen: SeenRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(seen);
    const handler = routes[`${seen.method} ${seen.url.pathname}`];
    if (!handler) return json(404, { statusCode: 404, message: `Cannot ${seen.method} ${seen.url.pathname}` });
    return handler(seen, request.signal);
  };
  return { fetch, requests };
}

/** Never answers; rejects when the request is aborted (a timeout, Ctrl-C). */
export function hang(_request: SeenRequest, signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
