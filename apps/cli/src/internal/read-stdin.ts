// Reads all of stdin as bytes, exactly as they came (a signature covers bytes,
// not text), and stops reading past a cap: a pipe can be endless, and memory
// is the user's. Ctrl-C while waiting ends the read with InterruptedError.
import { InterruptedError } from '../exit-codes.js';
import type { IO } from '../io.js';

/** Stdin held more than the cap; `bytes` is how much had come when the reading stopped. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
  constructor(
    readonly maxBytes: number,
    readonly bytes: number,
  ) {
    super(`stdin holds more than ${maxBytes.toLocaleString('en-US')} bytes`);
  }
}

export function readStdin(io: Pick<IO, 'stdin' | 'onInterrupt'>, maxBytes: number): Promise<Buffer> {
  const { stdin } = io;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stopListening = io.onInterrupt(() => finish(new InterruptedError('Interrupted while reading stdin.')));
    function finish(outcome: Buffer | Error) {
      stopListening();
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      if (outcome instanceof Error) {
        // Nothing more is read: the rest of an endless pipe stays where it is.
        stdin.pause();
        reject(outcome);
      } else {
        resolve(outcome);
      }
    }
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      length += bytes.byteLength;
      if (length > maxBytes) finish(new InputTooLargeError(maxBytes, length));
      else chunks.push(bytes);
    };
    const onEnd = () => finish(Buffer.concat(chunks, length));
    const onError = (error: Error) => finish(error);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
  });
}
