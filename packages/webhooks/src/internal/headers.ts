// Reads a header from whatever the caller has: a Fetch `Headers`, or a plain
// object as node:http, Express and Fastify give it (any case; a value may be a
// list when the header came more than once).

/** Request headers: a `Headers`, or an object of names (any case) to a value or a list of values. */
export type HeadersInput = Pick<Headers, 'get'> | { readonly [name: string]: string | readonly string[] | undefined };

const MAX_VALUES = 4;

/**
 * The values of one header, in order, without empty ones. A header sent twice
 * arrives as a list, or joined with commas (as `Headers` and node:http join
 * it): base64 has no comma, so splitting on it is safe. At most a few values
 * are returned, so a flood of them cannot multiply the work of verifying.
 */
export function headerValues(headers: HeadersInput, name: string): string[] {
  const raw: unknown[] = [];
  if (typeof (headers as Pick<Headers, 'get'>).get === 'function') {
    raw.push((headers as Pick<Headers, 'get'>).get(name));
  } else {
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() === name) raw.push(...(Array.isArray(value) ? value : [value]));
    }
  }
  return raw
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0)
    .slice(0, MAX_VALUES);
}
