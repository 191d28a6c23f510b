// Reads a response body as a stream, counting bytes, so a server that sends
// far more than any page of orders (or never stops sending) costs at most the
// cap in memory, not gigabytes until the timeout.

/** The body went past the cap; reading stopped and the connection was released. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(
    readonly limit: number,
    /** The size the server declared in Content-Length, when it did. */
    readonly declared?: number,
  ) {
    super(`the response body is larger than ${limit} bytes`);
  }
}

export interface ReadOptions {
  /** The most bytes to read. */
  maxBytes: number;
  /**
   * Stops reading when it aborts, even if the stream does not listen to it (a
   * custom fetch's body may not be tied to the request's signal).
   */
  signal?: AbortSignal;
  /** Past the cap: fail (`throw`) or keep what was read and stop (`truncate`, for error bodies). */
  overflow: 'throw' | 'truncate';
}

/** The body as text (UTF-8, as `Response.text()` decodes it), read within the cap. */
export async function readBody(
  response: Response,
  options: ReadOptions,
): Promise<{ text: string; truncated: boolean }> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (options.overflow === 'throw' && Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(options.maxBytes, declared);
  }
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let truncated = false;
  const { signal } = options;
  try {
    for (;;) {
      const { done, value } = await (signal ? untilAborted(reader.read(), signal) : reader.read());
      if (done) break;
      bytes += value.byteLength;
      if (bytes > options.maxBytes) {
        if (options.overflow === 'throw') throw new BodyTooLargeError(options.maxBytes);
        chunks.push(value.subarray(0, value.byteLength - (bytes - options.maxBytes)));
        truncated = true;
        break;
      }
      chunks.push(value);
    }
    // Decoded once, whole: a character split between two chunks stays whole.
    return { text: new TextDecoder().decode(chunks.length === 1 ? chunks[0] : join(chunks, bytes)), truncated };
  } finally {
    // Releases the connection at once when we stop early; a no-op after `done`.
    reader.cancel().catch(() => {});
  }
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(
    Math.min(
      size,
      chunks.reduce((n, c) => n + c.byteLength, 0),
    ),
  );
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // Abandoned: its own rejection, if it comes, must not go unhandled.
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
