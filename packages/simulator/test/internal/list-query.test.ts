// Query validation of List Orders: one 422 message per invalid parameter, in
// the spec's parameter order, with the rules @hl-orders/types generates from
// the spec; and the normalised filters of a valid query.
import { describe, expect, it } from 'vitest';
import { filterKey, parseListQuery } from '../../src/internal/list-query.js';
import { get } from '../support/sim-client.js';
import { useSimulators } from '../support/simulators.js';

const start = useSimulators();
const problems = (query: Record<string, string | string[]>) => {
  const parsed = parseListQuery(query);
  return parsed.ok ? [] : parsed.problems;
};

describe('parseListQuery', () => {
  it('requires altId', () => {
    expect(problems({})).toEqual(['altId should not be empty']);
    expect(problems({ altId: '' })).toEqual(['altId should not be empty']);
  });

  it('checks limit and offset as integers within the spec range', () => {
    expect(problems({ altId: 'a', limit: '0' })).toEqual(['limit must not be less than 1']);
    expect(problems({ altId: 'a', limit: '101' })).toEqual(['limit must not be greater than 100']);
    expect(problems({ altId: 'a', limit: '2.5' })).toEqual(['limit must be an integer number']);
    expect(problems({ altId: 'a', limit: 'ten' })).toEqual(['limit must be an integer number']);
    expect(problems({ altId: 'a', limit: '' })).toEqual(['limit must be an integer number']);
    expect(problems({ altId: 'a', offset: '-1' })).toEqual(['offset must not be less than 0']);
    expect(problems({ altId: 'a', limit: '100', offset: '0' })).toEqual([]);
  });

  it('checks dates, their order and the paymentStatus enum', () => {
    expect(problems({ altId: 'a', startAt: '2024-02-30' })).toEqual([
      'startAt must be a valid date in the format YYYY-MM-DD',
    ]);
    expect(problems({ altId: 'a', endAt: '02/01/2024' })).toEqual([
      'endAt must be a valid date in the format YYYY-MM-DD',
    ]);
    expect(problems({ altId: 'a', startAt: '2024-02-02', endAt: '2024-02-01' })).toEqual([
      'startAt must not be after endAt',
    ]);
    expect(problems({ altId: 'a', startAt: '2024-02-01', endAt: '2024-02-01' })).toEqual([]);
    expect(problems({ altId: 'a', paymentStatus: 'PAID' })).toEqual([
      'paymentStatus must be one of the following values: paid, unpaid, refunded, partially_paid',
    ]);
  });

  it('refuses empty values where the spec sets minLength, repeated parameters and a wrong altType', () => {
    expect(problems({ altId: 'a', status: '', contactId: '', sourceId: '' })).toEqual([
      'status should not be empty',
      'contactId should not be empty',
      'sourceId should not be empty',
    ]);
    expect(problems({ altId: 'a', status: ['paid', 'unpaid'] })).toEqual(['status must be a string']);
    expect(problems({ altId: 'a', altType: 'account' })).toEqual([
      'altType must be one of the following values: location',
    ]);
    expect(problems({ altId: 'a', funnelProductIds: ' , ' })).toEqual([
      'funnelProductIds must contain at least one id',
    ]);
  });

  it('lists every problem at once, in the order of the spec parameters', () => {
    expect(problems({ paymentStatus: 'x', startAt: 'soon', limit: '500', offset: 'x' })).toEqual([
      'altId should not be empty',
      'paymentStatus must be one of the following values: paid, unpaid, refunded, partially_paid',
      'startAt must be a valid date in the format YYYY-MM-DD',
      'limit must not be greater than 100',
      'offset must be an integer number',
    ]);
  });

  it('normalises a valid query into filters and a page window', () => {
    const parsed = parseListQuery({
      altId: 'loc',
      startAt: '2024-02-01',
      endAt: '2024-02-13',
      search: '  James ',
      funnelProductIds: 'b, a,b',
      limit: '20',
      unknown: 'ignored',
    });
    expect(parsed).toEqual({
      ok: true,
      request: {
        altId: 'loc',
        locationId: undefined,
        limit: 20,
        offset: 0,
        filters: {
          status: undefined,
          paymentStatus: undefined,
          paymentMode: undefined,
          startMs: Date.UTC(2024, 1, 1),
          endMs: Date.UTC(2024, 1, 14) - 1,
          search: 'james',
          contactId: undefined,
          funnelProductIds: ['a', 'b'],
          sourceId: undefined,
        },
      },
    });
  });

  it('gives equal filters the same cache key and different ones different keys', () => {
    const key = (query: Record<string, string>) => {
      const parsed = parseListQuery({ altId: 'a', ...query });
      if (!parsed.ok) throw new Error(parsed.problems.join());
      return filterKey(parsed.request.filters);
    };
    expect(key({ funnelProductIds: 'a,b', limit: '5' })).toBe(key({ funnelProductIds: 'b, a', offset: '10' }));
    expect(key({ status: 'x' })).not.toBe(key({ sourceId: 'x' }));
  });
});

describe('over HTTP', () => {
  it('answers 422 with the UnprocessableEntityError body, naming each problem', async () => {
    const sim = await start({ count: 5 });
    const answer = await get(sim, {
      altId: '',
      limit: 0,
      startAt: '2024-02-10',
      endAt: '2024-02-01',
      paymentStatus: 'x',
    });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      statusCode: 422,
      message: [
        'altId should not be empty',
        'paymentStatus must be one of the following values: paid, unpaid, refunded, partially_paid',
        'limit must not be less than 1',
        'startAt must not be after endAt',
      ],
      error: 'Unprocessable Entity',
    });
  });

  it('answers 422 for a missing altId, a non-integer limit and an impossible date', async () => {
    const sim = await start({ count: 5 });
    const noAlt = await get(sim, { altId: [] });
    expect(noAlt.status).toBe(422);
    expect((noAlt.json as { message: string[] }).message).toEqual(['altId should not be empty']);
    expect((await get(sim, { limit: '1.5' })).status).toBe(422);
    expect((await get(sim, { endAt: '2023-02-29' })).status).toBe(422);
  });
});
