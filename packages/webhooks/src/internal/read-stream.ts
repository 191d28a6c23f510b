// Reads a body stream to the end, or stops at the size cap: a sender cannot
// make the receiver buffer more than `maxBytes`.
import { checkSize } from './body.js';

/** Joins chunks into one buffer of its own. */
export function concat(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Throws `too-large` before reading when the declared length is already over the cap. */
export function checkDeclaredLength(contentLength: string | null | undefined, maxBytes: number): void {
  if (contentLength && /^\d+$/.test(contentLength.trim())) checkSize(Number(contentLength), maxBytes);
}

/** Reads a Web `ReadableStream` of bytes, cancelling it once it goes over `maxBytes`. */
export async function readWebStream(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => {});
      checkSize(length, maxBytes);
    }
    chunks.push(value);
  }
  return concat(chunks, length);
}
