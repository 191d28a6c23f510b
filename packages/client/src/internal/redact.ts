// Defence in depth: the token never goes into a URL or a message of ours, but a
// misbehaving server or proxy could echo the Authorization header back in a
// body or header. Everything an error carries passes through here first.

const MASK = '[redacted]';

export function redactor(token: string): <T>(value: T) => T {
  // A string this short is no secret and would be masked inside ordinary words.
  if (token.length < 6) return (value) => value;
  const scrub = <T>(value: T): T => {
    if (typeof value === 'string') return (value.includes(token) ? value.split(token).join(MASK) : value) as T;
    if (Array.isArray(value)) return value.map(scrub) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)])) as T;
    }
    return value;
  };
  return scrub;
}

/** Scrubs the token from an error's message and the data it carries, in place. */
export function redactError(error: unknown, scrub: <T>(value: T) => T): void {
  if (!(error instanceof Error)) return;
  error.message = scrub(error.message);
  const carrier = error as unknown as Record<string, unknown>;
  for (const key of ['body', 'headers'] as const) {
    if (key in carrier) Object.defineProperty(carrier, key, { value: scrub(carrier[key]), enumerable: true });
  }
}
