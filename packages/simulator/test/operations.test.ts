// The simulator takes its operations from @hl-orders/types: every operation
// the types package generates from the spec is one the simulator knows.
import * as types from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { ALL_SCOPES, API_VERSIONS, OPERATIONS } from '../src/operations.js';

const generated = Object.entries(types)
  .filter(([name]) => name.endsWith('Operation'))
  .map(([, facts]) => (facts as types.OperationFacts).id);

describe('operations', () => {
  it('are every operation @hl-orders/types generates, and only those', () => {
    expect(OPERATIONS.map((op) => op.id).sort()).toEqual([...generated].sort());
  });

  it('take the Version values and the scopes from the generated facts', () => {
    expect(API_VERSIONS).toEqual(types.apiVersionValues);
    // Each scope once: a token declared without a scope list holds all of them.
    expect(new Set(ALL_SCOPES).size).toBe(ALL_SCOPES.length);
    for (const facts of Object.values(types).filter((value) => typeof value === 'object' && 'scopes' in value)) {
      for (const scope of (facts as types.OperationFacts).scopes) expect(ALL_SCOPES).toContain(scope);
    }
    expect(ALL_SCOPES).toContain('payments/orders.readonly');
  });
});
