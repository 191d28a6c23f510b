import { describe, expect, it } from 'vitest';
import { csvFormulas, harmlessLookalikes, looksLikeFormula } from '../src/index.js';

describe('looksLikeFormula', () => {
  it('flags every formula cell and none of the harmless look-alikes', () => {
    for (const cell of Object.values(csvFormulas)) expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(true);
    for (const cell of Object.values(harmlessLookalikes)) expect(looksLikeFormula(cell), cell).toBe(false);
    expect(looksLikeFormula("'=1+1")).toBe(false);
    expect(looksLikeFormula('+1.5e3')).toBe(false);
  });
});
