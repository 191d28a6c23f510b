// Exit codes, as documented in --help and the README. 0 (ok), 1 (failure) and
// 4 (authentication) mean what they mean for gh. 2 is a usage error, as for
// POSIX utilities and shell builtins; gh returns 2 for a cancelled command,
// and a declined confirmation is 2 here too. 130 is not a gh code: it is what
// a shell reports for a process ended by SIGINT (128 + signal 2), returned by
// us after Ctrl-C so that scripts see the same thing either way.
import {
  AuthenticationError,
  ConfigurationError,
  HlOrdersError,
  PermissionDeniedError,
  ValidationError,
} from '@hl-orders/client';

export const EXIT = { ok: 0, failure: 1, usage: 2, auth: 4, interrupted: 130 } as const;

/** A mistake in how the command was called: bad flag, bad value, missing option. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** No usable credentials: no token, or the API refused it. */
export class AuthError extends Error {
  override name = 'AuthError';
}

/** The user answered no to a confirmation: nothing was sent. Exit 2, as gh does for a cancelled prompt. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** Ctrl-C (or SIGTERM) ended the command; the message says what was done before it. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}

/** A write that may have been applied although the command failed: exit 1, and the message says how to check. */
export class WriteOutcomeError extends Error {
  override name = 'WriteOutcomeError';
  constructor(
    message: string,
    readonly outcome: 'applied' | 'unknown',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof AuthError || error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return EXIT.auth;
  }
  if (
    error instanceof UsageError ||
    error instanceof CancelledError ||
    error instanceof ValidationError ||
    error instanceof ConfigurationError
  ) {
    return EXIT.usage;
  }
  if (error instanceof InterruptedError) return EXIT.interrupted;
  return EXIT.failure;
}

/** One line for a human: the error's own message, which says what to do. */
export function describe(error: unknown): string {
  if (
    error instanceof HlOrdersError ||
    error instanceof UsageError ||
    error instanceof AuthError ||
    error instanceof CancelledError ||
    error instanceof InterruptedError ||
    error instanceof WriteOutcomeError
  ) {
    return error.message;
  }
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}
