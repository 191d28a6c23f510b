import { describe, expect, it } from 'vitest';
import { seedToInt } from '../../src/internal/seed.js';

describe('seedToInt', () => {
  it('passes whole numbers through as unsigned 32-bit integers', () => {
    expect(seedToInt(42)).toBe(42);
    expect(seedToInt(-1)).toBe(0xffffffff);
    expect(seedToInt(4.9)).toBe(4);
  });

  it('hashes strings stably, so different strings give different seeds', () => {
    expect(seedToInt('acme')).toBe(seedToInt('acme'));
    expect(seedToInt('acme')).not.toBe(seedToInt('acmf'));
    expect(seedToInt('')).toBe(0x811c9dc5);
  });

  it('refuses a number that is not finite', () => {
    expect(() => seedToInt(Number.NaN)).toThrow(/seed must be a finite number/);
  });
});
