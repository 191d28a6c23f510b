// The header rules every request to the API must pass before anything else:
// a bearer token the simulator accepts, holding the scopes the operation
// needs, and the `Version` header with a value the spec allows.

/** The bearer token of an `Authorization` header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  // The scheme is case-insensitive (RFC 9110); the token is everything after it.
  const match = header === undefined ? null : /^\s*bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * The scopes a token holds: with no declared tokens, any non-empty token holds
 * `all`; otherwise only a declared token is accepted, with its own scopes.
 * Undefined when the token is not accepted.
 */
export function tokenScopes(
  token: string | undefined,
  declared: ReadonlyMap<string, readonly string[]> | undefined,
  all: readonly string[],
): readonly string[] | undefined {
  if (token === undefined || token === '') return undefined;
  return declared === undefined ? all : declared.get(token);
}

/** True when `held` has every scope of `needed`. */
export function hasScopes(held: readonly string[], needed: readonly string[]): boolean {
  return needed.every((scope) => held.includes(scope));
}

/** True when the `Version` header is one the spec allows. */
export function versionAccepted(version: string | undefined, allowed: readonly string[]): boolean {
  return version !== undefined && allowed.includes(version);
}
