// Writes an adapter's answer on a node:http response (also Express's).
import type { ServerResponse } from 'node:http';

/**
 * Sends `body` as JSON with `status`, unless an answer was already sent. After
 * a body left unread (too large), the connection is closed rather than drained.
 */
export function answer(response: ServerResponse, status: number, body: unknown, closeConnection = false): void {
  if (response.headersSent || response.writableEnded) return;
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', new TextEncoder().encode(text).byteLength);
  if (closeConnection) response.setHeader('connection', 'close');
  response.end(text);
}
