// Turns the user's seed (a number or any string) into the 32-bit integer that
// faker's generator takes, so that '42' and 42 are different seeds but each is
// stable across runs and machines.

/** FNV-1a over the UTF-16 code units of a string seed; integers pass through (as unsigned 32-bit). */
export function seedToInt(seed: number | string): number {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number or a string, got ${seed}`);
    return Math.trunc(seed) >>> 0;
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
