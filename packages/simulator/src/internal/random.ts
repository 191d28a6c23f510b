// Fast seeded picks for the per-order hot path of the generator. Faker's own
// helpers validate their arguments on every call, which dominates the time to
// generate 100,000 orders; these draw from the same seeded randomizer that
// faker uses, so the whole output still follows from one seed.
import type { Randomizer } from '@faker-js/faker';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** A table for {@link Random.weighted}: values with cumulative weights, built once. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

/** Builds a weighted table from `{ weight, value }` pairs (weights > 0). */
export function weightedTable<T>(entries: readonly { weight: number; value: T }[]): WeightedTable<T> {
  let total = 0;
  const cumulative = entries.map(({ weight }) => {
    total += weight;
    return total;
  });
  return { values: entries.map(({ value }) => value), cumulative, total };
}

export class Random {
  readonly #randomizer: Randomizer;

  constructor(randomizer: Randomizer) {
    this.#randomizer = randomizer;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#randomizer.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.#randomizer.next() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.#randomizer.next() * values.length)] as T;
  }

  weighted<T>(table: WeightedTable<T>): T {
    const target = this.#randomizer.next() * table.total;
    let i = 0;
    while (i < table.cumulative.length - 1 && (table.cumulative[i] as number) <= target) i++;
    return table.values[i] as T;
  }

  /** `count` distinct values of `values`, in their original order. */
  sample<T>(values: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, values.length))
      chosen.add(Math.floor(this.#randomizer.next() * values.length));
    return [...chosen].sort((a, b) => a - b).map((i) => values[i] as T);
  }

  /** `length` characters from `alphabet`. */
  chars(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.#randomizer.next() * alphabet.length)];
    return out;
  }

  /** A HighLevel-style id: 20 mixed-case letters and digits, like contact, page and source ids. */
  hlId(): string {
    return this.chars(20, ALPHANUMERIC);
  }

  /** Lower-case hex digits, e.g. 24 for a Mongo-style id. */
  hex(length: number): string {
    return this.chars(length, HEX);
  }
}
