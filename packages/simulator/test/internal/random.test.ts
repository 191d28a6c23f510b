import { generateMersenne53Randomizer } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { Random, weightedTable } from '../../src/internal/random.js';

const seeded = (seed: number) => {
  const randomizer = generateMersenne53Randomizer(seed);
  return new Random(randomizer);
};

describe('Random', () => {
  it('repeats itself for the same seed', () => {
    const a = seeded(5);
    const b = seeded(5);
    expect([a.hlId(), a.hex(24), a.int(1, 6)]).toEqual([b.hlId(), b.hex(24), b.int(1, 6)]);
  });

  it('keeps picks in range and ids in shape', () => {
    const r = seeded(1);
    for (let i = 0; i < 500; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
    expect(r.hlId()).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(r.hex(24)).toMatch(/^[0-9a-f]{24}$/);
    const sample = r.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(r.sample(['a', 'b'], 5)).toEqual(['a', 'b']);
  });

  it('draws weighted values in proportion to their weights', () => {
    const r = seeded(2);
    const table = weightedTable([
      { weight: 9, value: 'common' },
      { weight: 1, value: 'rare' },
    ]);
    const draws = Array.from({ length: 5000 }, () => r.weighted(table));
    const rare = draws.filter((d) => d === 'rare').length / draws.length;
    expect(rare).toBeGreaterThan(0.07);
    expect(rare).toBeLessThan(0.13);
  });
});
