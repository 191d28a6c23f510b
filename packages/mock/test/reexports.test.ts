// @hl-orders/mock re-exports the simulator, so code that imported
// startSimulator from here before it moved keeps working, with the same values.
import * as simulator from '@hl-orders/simulator';
import { describe, expect, it } from 'vitest';
import * as mock from '../src/index.js';

describe('@hl-orders/mock re-exports @hl-orders/simulator', () => {
  it('exports every runtime value of the simulator, unchanged', () => {
    const exported = new Map(Object.entries(mock));
    for (const [name, value] of Object.entries(simulator)) expect(exported.get(name), name).toBe(value);
    expect(Object.keys(simulator)).toContain('startSimulator');
  });
});
