// A small seeded random number generator (mulberry32). The kit must give the
// same ids, orders and shifts on every run, so nothing here reads the clock or
// Math.random; one seed decides everything.

/** A seeded source of random numbers: call it for a float in [0, 1). */
export interface Random {
  (): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(values: readonly T[]): T;
  /** `length` characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string;
}

/** A deterministic {@link Random}: the same `seed` gives the same sequence. */
export function seededRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return Object.assign(next, {
    int,
    pick<T>(values: readonly T[]): T {
      if (values.length === 0) throw new RangeError('pick needs at least one value');
      return values[int(0, values.length - 1)] as T;
    },
    chars(length: number, alphabet: string): string {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[int(0, alphabet.length - 1)];
      return out;
    },
  });
}
