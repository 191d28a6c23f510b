// The operation facts follow the spec: every operation of the spec has them,
// with its method, path, scope and retry rule, and nothing else does.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as types from '../src/index.js';
import type { OperationFacts } from '../src/operation-facts.js';

const spec = createRequire(import.meta.url)('@hl-orders/spec/openapi.json') as {
  paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[] }>>;
};
const facts = Object.entries(types)
  .filter(([name]) => name.endsWith('Operation'))
  .map(([, value]) => value as OperationFacts);

const fromSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([, op]) => op?.operationId)
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

describe('operation facts', () => {
  it('exist for every operation of the spec, and only for those', () => {
    expect(facts.map((f) => f.id).sort()).toEqual(fromSpec.map(({ op }) => op.operationId).sort());
  });

  it.each(fromSpec)('$method $path: method, path, scopes and retry rule', ({ path, method, op }) => {
    const f = facts.find((x) => x.id === op.operationId)!;
    expect([f.method, f.path]).toEqual([method, path]);
    expect(f.scopes).toEqual((op.security ?? []).flatMap((r) => Object.values(r).flat()));
    // A write is never marked safe to repeat: the API has no idempotency keys.
    expect(f.retry).toBe(method === 'GET' ? 'safe' : 'unsafe-after-send');
    for (const name of path.match(/\{(\w+)\}/g) ?? []) expect(f.pathParams[name.slice(1, -1)]?.required).toBe(true);
  });

  it('only List Orders pages, and its answer coerces the numbers the vendor sends as strings', () => {
    expect(facts.filter((f) => f.pagination).map((f) => f.id)).toEqual(['list-orders']);
    expect(types.listOrdersOperation.response.coerce.fields.data.items.fields.amount).toBe('n');
    expect(types.listOrdersOperation.response.coerce.fields.data.items.fields.sourceMeta).toBe('o');
  });
});
