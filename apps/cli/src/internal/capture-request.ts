// Makes the client build a request and stops it at the network: the client is
// given a `fetch` that keeps the request and refuses to send it. So a preview
// is the request itself (path, query, headers, body, every check the client
// makes), not a copy that could drift from it.
import type { FetchLike, OrdersClient } from '@hl-orders/client';
import type { CapturedRequest } from '../request-preview.js';

export async function captureRequest(
  makeClient: (fetch: FetchLike) => OrdersClient,
  send: (client: OrdersClient) => Promise<unknown>,
): Promise<CapturedRequest> {
  let captured: Request | undefined;
  const fetch: FetchLike = async (request) => {
    captured = request;
    throw new Error('a preview: not sent');
  };
  try {
    await send(makeClient(fetch));
  } catch (error) {
    // Refused before it reached fetch (a ValidationError): the caller's to report.
    if (!captured) throw error;
  }
  if (!captured) throw new Error('the client made no request to preview');
  const text = await captured.text();
  return {
    method: captured.method,
    url: captured.url,
    headers: [...captured.headers].sort(([a], [b]) => a.localeCompare(b)),
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}
