// Writing that never outruns the client: every write waits for the socket to
// drain, so an endless or huge body costs the server a chunk of memory, not the
// whole body, and everything stops as soon as the signal aborts.
import type { ServerResponse } from 'node:http';

/** Waits `ms` (0: one turn of the event loop); resolves early, never rejects, on abort. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Resolves when the signal aborts. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Writes one chunk and waits until the socket can take more. False once the client has gone. */
export async function write(res: ServerResponse, chunk: string | Uint8Array, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted || res.destroyed) return false;
  if (!res.write(chunk)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      res.on('drain', done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
  return !signal.aborted && !res.destroyed;
}

/**
 * Writes `next()` chunks, `intervalMs` apart, until it returns undefined (then
 * ends the response) or the client goes away.
 */
export async function pump(
  res: ServerResponse,
  next: () => string | Uint8Array | undefined,
  intervalMs: number,
  signal: AbortSignal,
): Promise<void> {
  for (let chunk = next(); chunk !== undefined; chunk = next()) {
    if (!(await write(res, chunk, signal))) return;
    if (intervalMs > 0) await sleep(intervalMs, signal);
  }
  if (!signal.aborted) res.end();
}
