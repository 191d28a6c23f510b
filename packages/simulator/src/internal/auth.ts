// The two header rules every request to the API must pass before anything
// else: a bearer token (any non-empty one, or exactly the configured one) and
// the `Version` header with a value the spec allows.

/** The bearer token of an `Authorization` header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  // The scheme is case-insensitive (RFC 9110); the token is everything after it.
  const match = header === undefined ? null : /^\s*bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** True when the token is acceptable: any non-empty token, or exactly `expected` when set. */
export function tokenAccepted(token: string | undefined, expected: string | undefined): token is string {
  if (token === undefined || token === '') return false;
  return expected === undefined || token === expected;
}

/** True when the `Version` header is one the spec allows. */
export function versionAccepted(version: string | undefined, allowed: readonly string[]): boolean {
  return version !== undefined && allowed.includes(version);
}
