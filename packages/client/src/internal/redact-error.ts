// The last step before any error leaves the client: every string it holds, or
// that `util.inspect` or `JSON.stringify` would print (message, stack, body,
// headers, request, the refused value, the cause chain), goes through the
// token redactor. Causes come from code we don't control (a custom fetch, a
// proxy agent) and may hold anything, a Request with its Authorization header
// included, so each is replaced by a plain Error with only its redacted
// message, name and error code.
import type { Redact } from './redact.js';

const MAX_DEPTH = 8;

function redactData(value: unknown, redact: Redact, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return plainCause(value, redact, depth + 1);
  if (Array.isArray(value)) return value.map((item) => redactData(item, redact, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    // Defined, not assigned: a "__proto__" key from a server's JSON stays data.
    for (const [key, item] of Object.entries(value)) set(out, redact(key), redactData(item, redact, depth + 1), true);
    return out;
  }
  // A class instance we don't know (Headers, Request, Buffer...): its printed
  // form could carry anything, so only a redacted description is kept.
  return redact(`[${proto?.constructor?.name ?? 'object'}]`);
}

/** A plain, redacted stand-in for an error we did not make. */
function plainCause(error: Error, redact: Redact, depth: number): Error {
  const copy = new Error(redact(String(error.message)));
  copy.name = redact(String(error.name));
  const { code, errno, syscall } = error as { code?: unknown; errno?: unknown; syscall?: unknown };
  const extra = copy as unknown as Record<string, unknown>;
  if (typeof code === 'string' || typeof code === 'number') extra.code = typeof code === 'string' ? redact(code) : code;
  if (typeof errno === 'number') extra.errno = errno;
  if (typeof syscall === 'string') extra.syscall = redact(syscall);
  copy.stack = `${copy.name}: ${copy.message}`;
  if (error.cause !== undefined && depth < MAX_DEPTH) {
    copy.cause =
      error.cause instanceof Error
        ? plainCause(error.cause, redact, depth + 1)
        : redactData(error.cause, redact, depth + 1);
  }
  return copy;
}

function set(target: object, key: string, value: unknown, enumerable: boolean): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true });
}

/**
 * Redacts an error of ours in place (its class and `instanceof` stay) and
 * returns it. Anything else thrown is returned as a redacted plain Error or string.
 */
export function redactError<T>(error: T, redact: Redact): T {
  if (typeof error === 'string') return redact(error) as T;
  if (!(error instanceof Error)) return redactData(error, redact) as T;
  const target = error as unknown as Record<string, unknown>;
  set(error, 'message', redact(error.message), false);
  if (typeof error.stack === 'string') set(error, 'stack', redact(error.stack), false);
  for (const key of Object.keys(target)) {
    if (key === 'cause') continue;
    set(error, key, redactData(target[key], redact), true);
  }
  if ('cause' in error && error.cause !== undefined) {
    const cause =
      error.cause instanceof Error ? plainCause(error.cause, redact, 1) : redactData(error.cause, redact, 1);
    set(error, 'cause', cause, false);
  }
  if (error instanceof AggregateError) {
    set(
      error,
      'errors',
      error.errors.map((e) => (e instanceof Error ? plainCause(e, redact, 1) : redactData(e, redact, 1))),
      false,
    );
  }
  return error;
}
