// Header maps, kept lower-cased so an override replaces a default instead of
// sending the same header twice under two spellings.

/** The vendor's rate-limit headers, generous enough that no client ever paces. */
export const GENEROUS_RATE_LIMIT_HEADERS: Readonly<Record<string, string>> = {
  'x-ratelimit-limit-daily': '200000',
  'x-ratelimit-daily-remaining': '199999',
  'x-ratelimit-interval-milliseconds': '10000',
  'x-ratelimit-max': '100000',
  'x-ratelimit-remaining': '99999',
};

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Merges header maps left to right; later values win whatever their case. */
export function mergeHeaders(...maps: (Readonly<Record<string, string>> | undefined)[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const map of maps) for (const [name, value] of Object.entries(map ?? {})) merged[name.toLowerCase()] = value;
  return merged;
}
