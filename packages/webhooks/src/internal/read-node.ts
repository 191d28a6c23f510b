// Reads a node:http request body to the end, or stops at the size cap. Only
// the stream's events are used (no Buffer, no node: import), and only types
// come from node:http.
import type { IncomingMessage } from 'node:http';
import { checkSize } from './body.js';
import { checkDeclaredLength, concat } from './read-stream.js';

/** The raw body of a node:http request, at most `maxBytes` of it; rejects with `too-large` beyond. */
export function readNodeBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers['content-length'];
  return new Promise((resolve, reject) => {
    try {
      checkDeclaredLength(declared, maxBytes);
    } catch (error) {
      reject(error);
      return;
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      length += bytes.byteLength;
      if (length > maxBytes) {
        cleanup();
        // Stop reading: the rest is left unread and the answer closes the connection.
        request.pause();
        try {
          checkSize(length, maxBytes);
        } catch (error) {
          reject(error);
        }
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => {
      cleanup();
      resolve(concat(chunks, length));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
