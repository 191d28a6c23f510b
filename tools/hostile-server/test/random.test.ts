import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/index.js';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays within bounds', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const sequence = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(sequence);
    expect(sequence.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(sequence).size).toBe(100);
    const ints = Array.from({ length: 1000 }, () => a.int(2, 4));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4]));
    expect(seededRandom(4)()).not.toBe(seededRandom(3)());
    expect(() => a.pick([])).toThrow(RangeError);
    expect(a.chars(5, 'xy')).toMatch(/^[xy]{5}$/);
  });
});
