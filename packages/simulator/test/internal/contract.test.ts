// The rules the simulator reads from the bundled spec, so a contract change
// reaches it; and the reader's errors on a document it cannot use.
import { paymentStatusValues } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { listOrdersContract, readContract } from '../../src/internal/contract.js';

describe('listOrdersContract', () => {
  const contract = listOrdersContract();
  const rule = (name: string) => contract.query.find((r) => r.name === name);

  it('reads the Version values and every query parameter of the spec', () => {
    expect(contract.versions).toEqual(['2021-07-28']);
    expect(contract.query.map((r) => r.name)).toEqual([
      'altId',
      'altType',
      'locationId',
      'status',
      'paymentStatus',
      'paymentMode',
      'startAt',
      'endAt',
      'search',
      'contactId',
      'funnelProductIds',
      'sourceId',
      'limit',
      'offset',
    ]);
  });

  it('reads the constraints the simulator enforces', () => {
    expect(rule('altId')).toMatchObject({ required: true, type: 'string', minLength: 1 });
    expect(rule('limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 10 });
    expect(rule('offset')).toMatchObject({ type: 'integer', minimum: 0, default: 0 });
    expect(rule('paymentStatus')?.enum).toEqual([...paymentStatusValues]);
    expect(rule('startAt')?.date).toBe(true);
    expect(rule('search')?.minLength).toBeUndefined();
  });

  it('refuses a document without the operation or the Version value', () => {
    expect(() => readContract({ paths: {} })).toThrow(/GET \/payments\/orders has no parameters/);
    expect(() =>
      readContract({ paths: { '/payments/orders': { get: { parameters: [{ name: 'altId', in: 'query' }] } } } }),
    ).toThrow(/Version header has no allowed value/);
    expect(() =>
      readContract({ paths: { '/payments/orders': { get: { parameters: [{ $ref: '#/nope', name: '', in: '' }] } } } }),
    ).toThrow(/unresolved \$ref #\/nope/);
  });
});
