import { describe, expect, it } from 'vitest';
import { type ListOrdersQuery, ValidationError, validateListOrdersQuery } from '../src/index.js';

function refusal(query: unknown): ValidationError {
  try {
    validateListOrdersQuery(query as ListOrdersQuery);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('validateListOrdersQuery', () => {
  it('passes a valid query through, dropping undefined values', () => {
    expect(validateListOrdersQuery({ altId: 'loc', limit: 100, offset: 0, status: undefined })).toEqual({
      altId: 'loc',
      limit: 100,
      offset: 0,
    });
  });

  it.each([
    [{}, 'altId', /altId is required/],
    [{ altId: '' }, 'altId', /altId must not be empty \(got ""\)/],
    [{ altId: 'a', limit: 0 }, 'limit', /limit must be at least 1 \(got 0\)/],
    [{ altId: 'a', limit: 101 }, 'limit', /limit must be at most 100 \(got 101\)/],
    [{ altId: 'a', limit: 2.5 }, 'limit', /limit must be a whole number/],
    [{ altId: 'a', limit: '10' }, 'limit', /limit must be a number \(got "10"\)/],
    [{ altId: 'a', offset: -1 }, 'offset', /offset must be at least 0/],
    [{ altId: 'a', paymentStatus: 'pending' }, 'paymentStatus', /one of paid, unpaid, refunded, partially_paid/],
    [{ altId: 'a', startAt: '2024-02-30' }, 'startAt', /not a real calendar date \(got "2024-02-30"\)/],
    [{ altId: 'a', endAt: '13/02/2024' }, 'endAt', /must be a date as YYYY-MM-DD/],
    [{ altId: 'a', startAt: '2024-03-01', endAt: '2024-02-01' }, 'startAt', /after endAt \(2024-02-01\)/],
    [{ altId: 'a', altType: 'account' }, 'altType', /must be one of location/],
    [{ altId: 'a', locatonId: 'x' }, 'locatonId', /Unknown query parameter "locatonId"/],
  ])('%j is refused, naming %s', (query, field, message) => {
    const error = refusal(query);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('accepts ISO 8601 date-times and sends the date they were written on', () => {
    expect(
      validateListOrdersQuery({ altId: 'a', startAt: '2024-02-01T23:30:00-05:00', endAt: '2024-02-13T00:00:00Z' }),
    ).toEqual({ altId: 'a', startAt: '2024-02-01', endAt: '2024-02-13' });
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'a parameter named %j is an unknown parameter, not a crash on Object.prototype',
    (name) => {
      const query = JSON.parse(`{"altId":"a",${JSON.stringify(name)}:"x"}`);
      const error = refusal(query);
      expect(error.field).toBe(name);
      expect(error.message).toMatch(new RegExp(`^Unknown query parameter "${name}": the parameters are altId, `));
    },
  );

  it('accepts the same start and end day', () => {
    expect(validateListOrdersQuery({ altId: 'a', startAt: '2024-02-29', endAt: '2024-02-29' }).startAt).toBe(
      '2024-02-29',
    );
  });
});
