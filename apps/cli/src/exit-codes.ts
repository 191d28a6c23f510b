// Exit codes, as documented in --help and the README (the gh convention).
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

export function exitCodeFor(error: unknown): number {
  if (error instanceof AuthError || error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return EXIT.auth;
  }
  if (error instanceof UsageError || error instanceof ValidationError || error instanceof ConfigurationError) {
    return EXIT.usage;
  }
  return EXIT.failure;
}

/** One line for a human: the error's own message, which says what to do. */
export function describe(error: unknown): string {
  if (error instanceof HlOrdersError || error instanceof UsageError || error instanceof AuthError) return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}
