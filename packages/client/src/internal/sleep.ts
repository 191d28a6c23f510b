// A cancellable wait: rejects with the signal's reason as soon as it aborts.
// Node's timers take at most 2^31-1 ms; a longer delay fires at once with a
// warning, so a wait is never handed to a timer unclamped.

/** The longest delay a Node or browser timer accepts. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Clamps a delay to what a timer can hold: 0 for NaN or negative values. */
export function timerMs(ms: number): number {
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_TIMER_MS) : ms > 0 ? MAX_TIMER_MS : 0;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const delay = timerMs(ms);
  if (delay <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, delay);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
