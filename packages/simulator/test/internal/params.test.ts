// Path and query parameters against the generated rules: the wording of each
// problem, defaults, and the rules of the operations on one order.
import { getOrderByIdOperation, listOrdersOperation } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { checkParams, utcDateMs } from '../../src/internal/params.js';

const check = (rules: Parameters<typeof checkParams>[0], raw: Parameters<typeof checkParams>[1]) => {
  const problems: string[] = [];
  const values = checkParams(rules, raw, problems);
  return { values, problems };
};

describe('utcDateMs', () => {
  it('takes real YYYY-MM-DD dates only', () => {
    expect(utcDateMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(utcDateMs('2023-02-29')).toBeUndefined();
    expect(utcDateMs('2024-02-30')).toBeUndefined();
    expect(utcDateMs('2024-13-01')).toBeUndefined();
    expect(utcDateMs('2024-2-1')).toBeUndefined();
    expect(utcDateMs('2024-02-01T00:00:00Z')).toBeUndefined();
  });
});

describe('checkParams', () => {
  it('gives the defaults of absent parameters and numbers for numeric ones', () => {
    const { values, problems } = check(listOrdersOperation.query, { altId: 'loc', offset: '20' });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({ altId: 'loc', altType: 'location', limit: 10, offset: 20 });
  });

  it('checks an order id against the pattern of the spec', () => {
    const ok = check(getOrderByIdOperation.pathParams, { orderId: '653f5e0cde5a1314e62a837c' });
    expect(ok.problems).toEqual([]);
    for (const orderId of ['653f5e0cde5a1314e62a837', 'not-an-id', '653f5e0cde5a1314e62a837c0']) {
      expect(check(getOrderByIdOperation.pathParams, { orderId }).problems).toEqual([
        'orderId must match /^[0-9a-fA-F]{24}$/ regular expression',
      ]);
    }
    expect(check(getOrderByIdOperation.pathParams, { orderId: '' }).problems).toEqual(['orderId should not be empty']);
  });

  it('requires altId and altType on Get Order, naming both', () => {
    expect(check(getOrderByIdOperation.query, {}).problems).toEqual([
      'altId should not be empty',
      'altType should not be empty',
    ]);
    expect(check(getOrderByIdOperation.query, { altId: 'loc', altType: 'account' }).problems).toEqual([
      'altType must be one of the following values: location',
    ]);
  });
});
