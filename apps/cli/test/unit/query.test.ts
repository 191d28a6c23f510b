import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/exit-codes.js';
import { queryFromFlags } from '../../src/query.js';

describe('queryFromFlags: the words of a person to the names of the API', () => {
  it('every filter flag to its query parameter', () => {
    expect(
      queryFromFlags('loc1', {
        status: 'completed',
        paymentStatus: 'paid',
        paymentMode: 'live',
        from: '2024-01-01',
        to: '2024-01-31',
        search: 'Awesome, "order"',
        contact: 'c1',
        source: 's1',
        funnelProducts: 'f1,f2',
        limit: '20',
        offset: '40',
      }),
    ).toEqual({
      altId: 'loc1',
      status: 'completed',
      paymentStatus: 'paid',
      paymentMode: 'live',
      startAt: '2024-01-01',
      endAt: '2024-01-31',
      search: 'Awesome, "order"',
      contactId: 'c1',
      sourceId: 's1',
      funnelProductIds: 'f1,f2',
      limit: 20,
      offset: 40,
    });
  });

  it('flags not given are left out, not sent empty', () => {
    const query = queryFromFlags('loc1', { search: 'x' });
    expect(query).toEqual({ altId: 'loc1', search: 'x' });
    expect(Object.keys(query)).toEqual(['altId', 'search']);
  });

  it('--limit and --offset are whole numbers (their range is the client’s to check, from the spec)', () => {
    expect(queryFromFlags('l', { limit: ' 5 ', offset: '0' })).toMatchObject({ limit: 5, offset: 0 });
    expect(() => queryFromFlags('l', { limit: 'ten' })).toThrow(
      new UsageError('--limit must be a whole number, got "ten".'),
    );
    expect(() => queryFromFlags('l', { offset: '-1' })).toThrow(/--offset must be a whole number, got "-1"/);
    expect(() => queryFromFlags('l', { limit: '2.5' })).toThrow(UsageError);
  });
});
