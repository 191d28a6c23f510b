// The per-operation facts a generator reads from the spec (info.description,
// "Extensions"): each is present where it must be, takes a documented value,
// and agrees with the rest of the operation.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { realSpec } from './support/spec-copy.js';

interface Operation {
  operationId: string;
  parameters: { $ref: string }[];
  security: Record<string, string[]>[];
  [extension: `x-hl-${string}`]: unknown;
}

const doc = parse(realSpec) as {
  info: { description: string };
  paths: Record<string, Record<string, Operation>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
);

describe('operation extensions', () => {
  it('keeps the vendor operationIds: unique, and the six of the Orders resource unrenamed', () => {
    const ids = operations.map(({ method, path, operation }) => `${method} ${path} ${operation.operationId}`);
    expect(new Set(operations.map(({ operation }) => operation.operationId)).size).toBe(operations.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'get /payments/orders list-orders',
        'get /payments/orders/{orderId} get-order-by-id',
        'post /payments/orders/{orderId}/record-payment record-order-payment',
        'get /payments/orders/{orderId}/fulfillments list-order-fulfillment',
        'post /payments/orders/{orderId}/fulfillments create-order-fulfillment',
        'get /payments/orders/{orderId}/notes list-order-notes',
      ]),
    );
  });

  it('documents every x-hl- extension an operation uses', () => {
    const used = new Set(
      operations.flatMap(({ operation }) => Object.keys(operation).filter((k) => k.startsWith('x-hl-'))),
    );
    expect([...used].sort()).toEqual(['x-hl-pagination', 'x-hl-response-schema', 'x-hl-retry']);
    for (const name of used) expect(doc.info.description).toContain(`\`${name}\``);
  });

  it('marks every GET safe to retry and every POST unsafe once sent', () => {
    for (const { method, path, operation } of operations) {
      expect(operation['x-hl-retry'], `${method} ${path}`).toBe(method === 'get' ? 'safe' : 'unsafe-after-send');
    }
  });

  it('marks offset pagination on List Orders only, which has limit and offset', () => {
    const paged = operations.filter(({ operation }) => 'x-hl-pagination' in operation);
    expect(paged.map(({ operation }) => [operation.operationId, operation['x-hl-pagination']])).toEqual([
      ['list-orders', 'offset'],
    ]);
    const refs = paged[0]!.operation.parameters.map((parameter) => parameter.$ref);
    expect(refs).toEqual(expect.arrayContaining(['#/components/parameters/limit', '#/components/parameters/offset']));
  });

  it('marks the undocumented notes body as inferred, and nothing else', () => {
    const inferred = operations.filter(({ operation }) => 'x-hl-response-schema' in operation);
    expect(inferred.map(({ operation }) => [operation.operationId, operation['x-hl-response-schema']])).toEqual([
      ['list-order-notes', 'inferred'],
    ]);
  });

  it('names one scope per operation, never the read-only one on a write', () => {
    for (const { method, path, operation } of operations) {
      expect(operation.security, `${method} ${path}`).toHaveLength(1);
      const scopes = operation.security[0]!.bearerAuth;
      expect(scopes, `${method} ${path}`).toHaveLength(1);
      if (method !== 'get') expect(scopes, `${method} ${path}`).not.toContain('payments/orders.readonly');
    }
  });
});
